# int(x), float(x), str(x) and range(n) with one argument of every kind,
# their errors, and the other arities of the same calls.
class I:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __str__(self): return 'I!'
    def __index__(self): return 3
class MyInt(int): pass
class MyStr(str): pass
vals = [0, -3, 2.7, -2.7, 1e20, True, '12', ' 42 ', '1_0', '3.5', b'5', I(), MyInt(9), MyStr('s'), None, [1], float('inf'), float('nan'), 2**70, '', 'x']
for f in (int, float, str, range):
    for v in vals:
        try:
            r = f(v)
            print(f.__name__, repr(v) if not isinstance(v, I) else 'I()', '->', repr(r), type(r).__name__)
        except Exception as e:
            print(f.__name__, repr(v) if not isinstance(v, I) else 'I()', '!!', type(e).__name__, e)
print(int(x=1) if False else int(), float(), str(), type(int('5')) is int)
try: range()
except TypeError as e: print(e)
try: int('5', base=0)
except ValueError as e: print(e)
print(int('ff', 16), range(2, 5), range(1, 10, 3))
