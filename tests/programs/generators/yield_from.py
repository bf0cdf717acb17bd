def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner result'
def outer():
    result = yield from inner()
    print('result', result)
    yield 'o1'
g = outer()
print(next(g), g.send('hello'), next(g))
print(list(outer()))
def delegating_list():
    yield from [1, 2]
    yield from 'ab'
    yield from range(2)
print(list(delegating_list()))
