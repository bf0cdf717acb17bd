print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, '', None]), any([0, 'x']), all('abc'), any(x > 3 for x in range(5)))
def gen():
    yield 1
    print('second pulled')
    yield 0
    print('never')
    yield 1
print(all(gen()))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
