# Slicing reads, slice assignment (incl. extended slices), deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[-3:-1], a[5:2], a[5:2:-1], a[100:], a[-100:2], a[::-3])
b = a[:]
b[2:5] = ['x']
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[:] = 'abc'
print(b)
c = list(range(10))
c[::2] = 'ABCDE'
print(c)
c[1::3] = [None] * 3
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[::-2]
print(d)
e = [1, 2, 3]
e[5:] = [9]
print(e)
e[-10:1] = [0]
print(e)
f = [1, 2, 3, 4]
f[3:1] = ['in']
print(f)
g = [0, 1, 2, 3]
g[::-1] = 'abcd'
print(g)
h = [1, 2, 3]
h[1:2] = h
print(h)
one = [1]
for bad in [lambda: one[1.5], lambda: one['a'], lambda: one[5]]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    x = [1]
    x[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
print(a[slice(1, 8, 3)], a[slice(None)], a[2 ** 100:], a[-(2 ** 100):1])
