for v in [1, 1.0, 'x', "it's", b'b', [1, 'a'], (1,), {}, {1}, None, ..., NotImplemented, int, print, len, range(3), 2j, frozenset()]:
    print(repr(v))
