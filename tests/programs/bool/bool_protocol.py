# Truth protocol: __bool__ must return bool; __len__ fallback; errors.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Nothing:
    pass
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Nothing()))
for obj in [B(1), B(None), L(-1), L('x'), L(2 ** 100)]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()), 'yes' if Both() else 'no', not Both())
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)
x = L(0)
print(x or 'fallback', B(True) and 'second')
i = 0
while L(3 - i):
    i += 1
print(i)
