# Assignment forms: chained, tuple, list targets, attribute and subscript targets.
a = b = c = [1, 2]
print(a is b, b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "ab"
print(p, q)
(r, (s, t)) = 1, (2, 3)
print(r, s, t)
class O: pass
o = O()
o.v = d = {}
d['k'] = o.w = 5
print(o.v, o.w)
lst = [0] * 5
i = 0
i, lst[i] = 2, 9   # i assigned first, then lst[2]
print(i, lst)
lst[1:3] = 'xy'
print(lst)
x = y = z = 0
print(x, y, z)
first, *_ = range(3)
print(first, _)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = None
except TypeError as e:
    print(type(e).__name__, e)
