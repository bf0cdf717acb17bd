def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print('inner handled KeyError')
        yield 'after'
    finally:
        print('inner finally')
def outer():
    yield from inner()
    yield 'outer done'
g = outer()
next(g)
print(g.throw(KeyError))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print('closed g2')
