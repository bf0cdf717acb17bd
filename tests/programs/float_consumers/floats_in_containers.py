# Non-integral floats as hash keys, set members, and in comparisons/searches.
import math
from fractions import Fraction

from mod_check import check

h = 1 / 2
nh = -1 / 2
q = 1 / 4
t = 0.1 + 0.2
z = 2.5 * 3
nan = float('nan')
inf = 1e300 * 1e300
ninf = -inf
one = 4 / 4
huge = 1e150 * 1e150   # 1e300

for label, v in [('0.5', 0.5), ('h', h), ('-0.5', -0.5), ('nh', nh), ('inf', inf),
                 ('ninf', ninf), ('1e300', 1e300), ('huge', huge), ('2.5', 2.5),
                 ('z', z), ('t', t), ('q', q), ('one', one), ('-0.0', -0.0), ('1e-7', 1e-7)]:
    print('hash', label, hash(v), math.isinf(v) or hash(v) == hash(Fraction(v)))
print('hash nan is-identity', hash(nan) == hash(nan), hash(nan) == hash(float('nan')) or 'differs')
print('hash 2.0**61 vs 2**61', hash(2.0 ** 61), hash(2 ** 61))
print('hash(-1.0)', hash(-1.0), hash(-1.5))

d = {0.5: 'lit', 1: 'int', 2.5: 'two-half'}
check('d[h]', lambda: d[h])
check('d[one]', lambda: d[one])
check('d[True]', lambda: d[True])
check('d[5 / 2]', lambda: d[5 / 2])
check('d[q]', lambda: d[q])
check('d.get(z, 0)', lambda: d.get(z, 0))
check('h in d', lambda: h in d)
d2 = {}
d2[h] = 'a'
d2[0.5] = 'b'
d2[1] = 'c'
d2[one] = 'd'
d2[True] = 'e'
d2[Fraction(1, 2)] = 'f'
check('d2', lambda: d2)
check('type of d2 keys', lambda: [type(k).__name__ for k in d2])
dn = {nan: 1}
dn[nan] = 2
dn[float('nan')] = 3
check('len(dn)', lambda: len(dn))
check('nan in [nan]', lambda: nan in [nan])
check('float(nan) in [nan]', lambda: float('nan') in [nan])
check('nan == nan', lambda: nan == nan)
check('[nan] == [nan]', lambda: [nan] == [nan])
check('(nan,) == (float(nan),)', lambda: (nan,) == (float('nan'),))
s = {h, 0.5, 1, one, True, q, 0.25, z, 7.5}
check('sorted(s)', lambda: sorted(s))
check('len(s)', lambda: len(s))
check('{1.5, 2, 0.5} set order', lambda: {1.5, 2, 0.5})
check('{h, q, z, 3} set order', lambda: {h, q, z, 3})
check('frozenset({h}) == frozenset({0.5})', lambda: frozenset({h}) == frozenset({0.5}))
check('h in {0.5}', lambda: h in {0.5})
check('0.5 in {h}', lambda: 0.5 in {h})
check('h in range(10)', lambda: h in range(10))
check('one in range(10)', lambda: one in range(10))
check('z in range(10)', lambda: z in range(10))
check('range(10).count(h)', lambda: range(10).count(h))
check('range(10).count(one)', lambda: range(10).count(one))
check('range(10).index(h)', lambda: range(10).index(h))
check('range(10).index(one)', lambda: range(10).index(one))
lst = [1, h, 2, 0.5, z, 1.0]
check('lst.count(0.5)', lambda: lst.count(0.5))
check('lst.count(1)', lambda: lst.count(1))
check('lst.index(z)', lambda: lst.index(z))
check('lst.index(7.5)', lambda: lst.index(7.5))
check('lst.index(q)', lambda: lst.index(q))
def rm(v):
    x = list(lst)
    x.remove(v)
    return x
check('remove(0.5)', lambda: rm(0.5))
check('remove(q)', lambda: rm(q))
check('(1, h) < (1, 0.75)', lambda: (1, h) < (1, 0.75))
check('(h, 2) == (0.5, 2)', lambda: (h, 2) == (0.5, 2))
check('(1, 2) < (1, 2.5)', lambda: (1, 2) < (1, 2.5))
check('[z] > [7]', lambda: [z] > [7])
check('(nan, 1) < (nan, 2)', lambda: (nan, 1) < (nan, 2))
check('(nan, 1) == (nan, 1)', lambda: (nan, 1) == (nan, 1))
check('2**53+1 == float(2**53)', lambda: 2 ** 53 + 1 == float(2 ** 53))
check('2**53+1 > float(2**53)', lambda: 2 ** 53 + 1 > float(2 ** 53))
check('float(2**53) < 2**53+1', lambda: float(2 ** 53) < 2 ** 53 + 1)
check('10**400 > inf', lambda: 10 ** 400 > inf)
check('10**400 < huge', lambda: 10 ** 400 < huge)
check('-10**400 < ninf', lambda: -10 ** 400 < ninf)
check('10**400 == inf', lambda: 10 ** 400 == inf)
check('1 < h < 2', lambda: 1 < h < 2)
check('0 < h < 1', lambda: 0 < h < 1)
check('nan < 1, nan > 1, nan != 1', lambda: (nan < 1, nan > 1, nan != 1))
check('0.5 == Fraction(1, 2)', lambda: 0.5 == Fraction(1, 2))
check('h == Fraction(1, 2)', lambda: h == Fraction(1, 2))
check('t == Fraction(3, 10)', lambda: t == Fraction(3, 10))
check('Fraction(h)', lambda: Fraction(h))
check('Fraction(t)', lambda: Fraction(t))
check('Fraction(1, 3) < h', lambda: Fraction(1, 3) < h)
check('Fraction(1, 2) + h', lambda: Fraction(1, 2) + h)
check('h + Fraction(1, 2)', lambda: h + Fraction(1, 2))
check('Fraction(nan)', lambda: Fraction(nan))
check('Fraction(inf)', lambda: Fraction(inf))
check('[h, q] + [z]', lambda: [h, q] + [z])
check('list.sort mixed', lambda: sorted([2, h, 1.5, -z, 0, q]))
check('max((h, 1), (0.5, 2))', lambda: max((h, 1), (0.5, 2)))
check('dict.fromkeys([h, 0.5, 1, one])', lambda: dict.fromkeys([h, 0.5, 1, one]))
check('{**{h: 1}, 0.5: 2}', lambda: {**{h: 1}, 0.5: 2})
check('set([h]) | {1.5}', lambda: sorted(set([h]) | {1.5}))
