try:
    raise ValueError('first')
finally:
    print('cleanup runs before the traceback is printed')
