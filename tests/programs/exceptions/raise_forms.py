try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError('with msg')
except ValueError as e:
    print(repr(e))
for bad in [5, 'str', object, None]:
    try:
        raise bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
