log = []
def src():
    for i in range(3):
        log.append(f'produce {i}')
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)
try:
    (1 / x for x in [0])
    print('first iterable evaluated eagerly, body lazily')
except ZeroDivisionError:
    print('no')
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
