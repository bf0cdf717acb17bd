class Z:
    def __len__(self): return 0
class T:
    def __len__(self): return 2
class BadLen:
    def __len__(self): return -1
print(bool(Z()), bool(T()), len(T()), not Z())
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self): return 1.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
