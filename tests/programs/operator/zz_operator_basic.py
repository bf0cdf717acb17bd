import operator
from operator import *

print(add(1, 2), sub(5, 3), mul('ab', 3), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10), neg(3), pos(-3), abs(-4.5))
print(and_(6, 3), or_(6, 3), xor(6, 3), lshift(1, 5), rshift(64, 2), inv(5), invert(5), index(True), not_([]), truth('a'))
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne('a', 'b'), gt(1, 2), ge(3, 3), is_(None, None), is_not(1, None))
print(concat([1], [2]), concat('a', 'b'), contains([1, 2], 2), countOf([1, 2, 1, 1], 1), indexOf('abc', 'c'))
l = [1, 2, 3]; setitem(l, 0, 9); delitem(l, 1); print(l, getitem(l, -1), getitem('hello', slice(1, 3)))
x = [1]; y = iadd(x, [2]); print(x, y is x, iconcat(x, [3]), imul([0], 3), isub(5, 2), ipow(2, 3), ior({1}, {2}))
print(length_hint([1, 2, 3]), length_hint(iter(range(7))), length_hint(3, 10), operator.call(max, 1, 5, key=neg))
print(operator.__add__(2, 3), operator.__lt__(1, 2), operator.__not__(0), operator.__getitem__([5], 0))
g = itemgetter(1); print(g('abc'), g([0, 1]), itemgetter(0, 2)('xyz'), itemgetter('k')({'k': 'v'}), repr(g))
class P:
    def __init__(self):
        self.name = 'p'
        self.child = self
    def hello(self, who, punct='!'):
        return 'hello ' + who + punct
pp = P()
print(attrgetter('name')(pp), attrgetter('child.child.name')(pp), attrgetter('name', 'child.name')(pp), repr(attrgetter('a', 'b.c')))
print(methodcaller('hello', 'bob')(pp), methodcaller('hello', 'amy', punct='?')(pp), repr(methodcaller('hello', 'x', punct='.')))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)), list(map(attrgetter('real'), [1, 2.5])))
print(methodcaller('upper')('abc'), type(itemgetter(1)).__name__, type(attrgetter('a')))
for bad in ["concat(1, 2)", "indexOf([1], 5)", "attrgetter(1)", "itemgetter()", "methodcaller()", "methodcaller(3)", "attrgetter('zz')(1)", "add(1)", "matmul(1, 2)", "length_hint(1, 'x')"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
