# range objects: lengths, indexing, slicing, containment, equality, errors.
for r in [range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(0, -10, -3)]:
    print(r, len(r), list(r), r[:2], r[::-1], bool(r))
r = range(0, 100, 7)
print(r[3], r[-1], r[2:5], r[::2], r[-3:], 49 in r, 50 in r, 49.0 in r, r.index(49), r.count(7), r.start, r.stop, r.step)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 10, 3) == range(0, 11, 3), range(1) == range(1, 2, 9))
big = range(0, 10 ** 30, 3)
print(len(big) if False else big[10 ** 20], 10 ** 27 in big, big[-1], big.index(3 * 10 ** 20))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(), lambda: range(5)[10], lambda: range(5).index(7), lambda: range('a')]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(list(reversed(range(1, 10, 4))), sum(range(101)), max(range(3, 20, 5)), hash(range(3)) == hash(range(0, 3)))
print(repr(range(1, 2)), repr(range(1, 2, 1)), repr(range(0, 5, 2)), str(range(3)))
