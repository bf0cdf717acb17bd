e = ValueError('base')
e.add_note('note one')
e.add_note('note two')
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__)
