d = {1: 'int', 'a': 'str', (1, 2): 'tuple', None: 'none', frozenset([1]): 'fs', 2.5: 'float', True: 'bool?', b'b': 'bytes'}
print(d, d[1], d[None], d[(1, 2)], d[frozenset({1})])
try:
    d[{'no': 1}] = 1
except TypeError as e:
    print(type(e).__name__, e)
