print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 3]), min('hello'), max([], default='empty'), min([], default=None))
print(max(['aa', 'b', 'ccc'], key=len), min([(1, 'b'), (1, 'a')]), max([1, 3, 3.0], key=lambda v: v), max(3.0, 3), max(3, 3.0))
print(max([2, 1], [2, 1, 0]), max(range(5), key=lambda v: -v), max('ab', 'b'))
for bad in [lambda: max(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0), lambda: max([1, 'a']), lambda: min([], key=len)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
