def bad():
    yield 1
    raise StopIteration('inside')
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print(type(e).__name__, e)
def ret():
    yield 1
    return 'value'
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
