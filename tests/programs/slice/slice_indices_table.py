for s in [slice(None), slice(2, None), slice(None, -2), slice(-5, -1, 2), slice(None, None, -2), slice(10, 0, -3), slice(-100, 100, 7), slice(3, 3)]:
    for n in (0, 1, 10):
        print(s, n, s.indices(n), list(range(*s.indices(n))))
