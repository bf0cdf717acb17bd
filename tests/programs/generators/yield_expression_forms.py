def g():
    x = yield
    print('x', x)
    y = (yield 1) + (yield 2)
    print('y', y)
    yield 'list'
gen = g()
print(next(gen), gen.send('a'), gen.send(10), gen.send(20))
def lambda_yield():
    f = lambda: (yield 5)
    return list(f())
print(lambda_yield())
