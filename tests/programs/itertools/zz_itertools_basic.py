import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(count(2**60), 2)), repr(count(3, 2)), repr(count(1.5)))
c = count(5); next(c); print(c)
print(list(islice(cycle('abc'), 8)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(None, 0)), repeat(7), list(zip(range(3), repeat(1))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([])), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(chain('ab', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(filterfalse(None, [0, 1, '', 'a', None])), list(filterfalse(lambda x: x % 2, range(7))))
for k, g in groupby('aaabbcdda'):
    print(k, list(g))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
gs = list(groupby('aabbc'))
print([(k, list(g)) for k, g in gs])
g = groupby('aabb'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g2), list(g1))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
print(list(islice(range(10), None)), list(islice(range(10), 1, None, 3)), list(islice(range(3), 5, 10)))
src = iter(range(10)); print(list(islice(src, 3)), next(src))
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
a, b = tee(range(5)); print(list(a), list(b))
a, b, c = tee('abc', 3); print(next(a), list(b), list(a), list(c))
t1, t2 = tee(iter(range(200))); print(sum(t1), sum(t2))
x, = tee([1]); y = x.__copy__(); print(list(x), list(y), type(x).__name__)
print(tee([1], 0), len(tee('ab', 5)))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(product('ab', range(2))), list(product([1, 2], repeat=2)), list(product()), list(product('ab', [])))
print(list(product('ab', repeat=0)), len(list(product(range(3), repeat=3))))
print(list(permutations('abc')), list(permutations(range(3), 2)), list(permutations('ab', 3)), list(permutations([], 0)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(type(count()), type(chain()), chain, count.__name__, count.__qualname__, count.__module__)
class MyChain(chain):
    pass
m = MyChain([1], [2]); m.attr = 1; print(list(m), type(m).__name__, m.attr)
print(isinstance(groupby([]), it.groupby), iter(c := count()) is c)
try:
    count() + 1
except TypeError as e:
    print(e)
try:
    next(starmap(pow, [1]))
except TypeError as e:
    print(e)
for bad in ["islice('a', -1)", "islice('a', 0, 1, 0)", "combinations('a', -1)", "product(repeat=-1)", "tee([], -1)", "repeat()", "count('a')", "cycle()", "zip_longest(x=1)", "accumulate([], None, None)"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
