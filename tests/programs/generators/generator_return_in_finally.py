def g():
    try:
        yield 1
    finally:
        return 'from finally'
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print('value', e.value)
def h():
    for i in range(5):
        try:
            yield i
        finally:
            if i == 2:
                return
print(list(h()))
