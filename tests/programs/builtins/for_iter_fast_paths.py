# FOR_ITER's inline paths (list, range, tuple, str iterators) and the
# tuple-free `for a, b in enumerate/zip/dict.items()` path must keep the
# generic iteration semantics.

# list: appends and removals during iteration are seen; exhausted stays exhausted
L = [1, 2, 3]
out = []
for x in L:
    out.append(x)
    if x == 1:
        L.append(4)
    if x == 3:
        del L[0]
print(out, L)
it = iter([1, 2])
print(list(it), list(it))
L2 = [1, 2]
it = iter(L2)
for x in it:
    pass
L2.append(3)
print(list(it), next(it, 'done'))

# range, including big ints, negative steps, and a partly consumed iterator
print([x for x in range(3)], [x for x in range(10, 0, -3)])
s = 0
for x in range(2**53 - 2, 2**53 + 2):
    s += x
print(s)
r = iter(range(5))
next(r)
for x in r:
    print('r', x, end=' ')
print(list(r))

# tuple
t = (1, 'a', None)
for x in t:
    print(repr(x), end=' ')
print()
ti = iter(t)
print(next(ti), list(ti), list(ti))

# str, with non-BMP characters and lone surrogates
for c in 'a\U0001F600b\ud800c':
    print(hex(ord(c)), end=' ')
print()
si = iter('xy')
print(list(si), list(si))

# enumerate
for i, x in enumerate('abc', start=10):
    print(i, x, end='; ')
print()
for i, x in enumerate([], 5):
    print('never')
for i, x in enumerate(range(2), 2**53 - 1):
    print(i, x)
e = enumerate('ab')
for i, x in e:
    pass
print(list(e))
try:
    for a, b in enumerate([1]):
        pass
    for a, b, c in enumerate([1]):
        pass
except ValueError as exc:
    print('ValueError', exc)
pair = None
for pair in enumerate('z'):
    pass
print(pair)

class E(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return (x, i)
for a, b in E('pq'):
    print(a, b)

# zip: two, three, one, strict
for a, b in zip('ab', [1, 2, 3]):
    print(a, b, end='; ')
print()
for a, b, c in zip('ab', 'cd', 'ef'):
    print(a + b + c, end=' ')
print()
try:
    for a, b in zip('abc'):
        pass
except ValueError as exc:
    print('ValueError', exc)
for strict_args in (('ab', 'abc'), ('abc', 'ab'), ('ab', 'ab')):
    try:
        for a, b in zip(*strict_args, strict=True):
            print(a, b, end=' ')
        print('ok')
    except ValueError as exc:
        print('ValueError', exc)
z = zip([1], [2])
for a, b in z:
    pass
print(list(z))

class Z(zip):
    def __next__(self):
        a, b = super().__next__()
        return b, a
for a, b in Z('xy', 'uv'):
    print(a, b)

# dict items, keys, values; size changes and key replacement
d = {'a': 1, 'b': 2, 'c': 3}
for k, v in d.items():
    print(k, v, end='; ')
print()
for k, v in reversed(d.items()):
    print(k, v, end='; ')
print()
try:
    for k, v in d.items():
        d['new'] = 0
except RuntimeError as exc:
    print('RuntimeError', exc)
d = {'a': 1, 'b': 2}
try:
    for k, v in d.items():
        d.pop('a', None)
        d['x'] = 9
except RuntimeError as exc:
    print('RuntimeError', exc)
d = {1: 'x', 2: 'y'}
for k, v in d.items():
    d[k] = v * 2
print(d)
di = iter(d.items())
for k, v in di:
    pass
d[3] = 'z'
print(list(di))

# generators and StopIteration values in a for loop
def g():
    yield 1
    return 'value'
for x in g():
    print('g', x)

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(42)
        return (self.n, -self.n)
for a, b in It():
    print(a, b)

class MyList(list):
    def __iter__(self):
        return iter([9, 8])
for x in MyList([1, 2, 3]):
    print('ml', x)
