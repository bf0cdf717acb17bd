try:
    raise KeyboardInterrupt
except Exception:
    print('not an Exception')
except BaseException as e:
    print('BaseException', type(e).__name__)
