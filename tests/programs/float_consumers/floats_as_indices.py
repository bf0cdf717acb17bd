# Non-integral floats (literal and computed) used where an index is expected.
import itertools
import operator
import math

from mod_check import check

q = 1 / 4            # 0.25
h = 1 / 2            # 0.5
t = 0.1 + 0.2        # 0.30000000000000004
z = 2.5 * 3          # 7.5
r2 = math.sqrt(2)
nan = float('nan')
inf = -1e300 * 1e300  # -inf
one = 3 / 3          # 1.0 (integral float)

lst = [10, 20, 30, 40]
tup = (10, 20, 30, 40)
s = 'abcd'
b = b'abcd'
ba = bytearray(b'abcd')
rg = range(4)

for name, seq in [('list', lst), ('tuple', tup), ('str', s), ('bytes', b),
                  ('bytearray', ba), ('range', rg)]:
    check(name + '[0.5]', lambda: seq[0.5])
    check(name + '[h]', lambda: seq[h])
    check(name + '[one]', lambda: seq[one])
    check(name + '[nan]', lambda: seq[nan])
    check(name + '[inf]', lambda: seq[inf])
    check(name + '[q:]', lambda: seq[q:])
    check(name + '[:z]', lambda: seq[:z])
    check(name + '[::h]', lambda: seq[::h])
    check(name + '[1:3:one]', lambda: seq[1:3:one])

def setitem(seq, i, v):
    seq[i] = v
    return seq

def delitem(seq, i):
    del seq[i]
    return seq

check('list[h] = 1', lambda: setitem([1, 2], h, 1))
check('list[t:] = []', lambda: setitem([1, 2], slice(t, None), []))
check('bytearray[h] = 1', lambda: setitem(bytearray(b'ab'), h, 1))
check('bytearray[0] = 65.5', lambda: setitem(bytearray(b'ab'), 0, 65.5))
check('del list[h]', lambda: delitem([1, 2], h))
check('del list[:h]', lambda: delitem([1, 2], slice(None, h)))

check('insert(h, 9)', lambda: [1, 2].insert(h, 9))
check('insert(1.0, 9)', lambda: [1, 2].insert(1.0, 9))
check('pop(h)', lambda: [1, 2].pop(h))
check('pop(z)', lambda: [1, 2].pop(z))
check('index(2, h)', lambda: [1, 2].index(2, h))
check('index(2, 0, z)', lambda: [1, 2].index(2, 0, z))
check('tuple.index(2, q)', lambda: (1, 2).index(2, q))
check('str.index(b, h)', lambda: 'ab'.index('b', h))
check('str.find(b, h)', lambda: 'ab'.find('b', h))
check('str.count(a, 0, z)', lambda: 'aaa'.count('a', 0, z))
check('bytes.find(b, h)', lambda: b'ab'.find(b'b', h))

check('[0] * 2.5', lambda: [0] * 2.5)
check('[0] * z', lambda: [0] * z)
check('h * [0]', lambda: h * [0])
check("'a' * 1.5", lambda: 'a' * 1.5)
check("'a' * t", lambda: 'a' * t)
check("b'a' * h", lambda: b'a' * h)
check('(1,) * q', lambda: (1,) * q)
check('range(3) * h', lambda: range(3) * h)

def imul(x, n):
    x *= n
    return x
check('list *= h', lambda: imul([1], h))
check('bytearray *= h', lambda: imul(bytearray(b'x'), h))

check('slice(h).indices(5)', lambda: slice(h).indices(5))
check('slice(0, 5, h).indices(5)', lambda: slice(0, 5, h).indices(5))
check('slice(0, 2).indices(2.5)', lambda: slice(0, 2).indices(2.5))
check('islice(r, h)', lambda: list(itertools.islice(range(5), h)))
check('islice(r, 0, z)', lambda: list(itertools.islice(range(5), 0, z)))
check('islice(r, 0, 4, q)', lambda: list(itertools.islice(range(5), 0, 4, q)))
check('islice(r, one)', lambda: list(itertools.islice(range(5), one)))
check('operator.index(2.5)', lambda: operator.index(2.5))
check('operator.index(z)', lambda: operator.index(z))
check('operator.index(one)', lambda: operator.index(one))
check('getitem(lst, h)', lambda: operator.getitem(lst, h))
check('itemgetter(h)', lambda: operator.itemgetter(h)(lst))
check('lst.__getitem__(h)', lambda: lst.__getitem__(h))
check('s.__getitem__(t)', lambda: s.__getitem__(t))
check('rg.__getitem__(h)', lambda: rg.__getitem__(h))
check('combinations(r, h)', lambda: list(itertools.combinations(range(3), h)))
check('permutations(r, h)', lambda: list(itertools.permutations(range(3), h)))
check('repeat(1, h)', lambda: list(itertools.repeat(1, h)))
check('product(r, repeat=h)', lambda: list(itertools.product(range(2), repeat=h)))
check('tee(r, h)', lambda: itertools.tee(range(2), h))
check('enumerate(s, h)', lambda: list(enumerate('ab', h)))
check('enumerate(s, start=one)', lambda: list(enumerate('ab', start=one)))
check('memoryview[h]', lambda: memoryview(b'ab')[h])
