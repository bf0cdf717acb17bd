class R:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return NotImplemented
print(R(1) == R(2))
print(R(1) != R(1))
print(R(3) == 3)
class L:
    def __lt__(self, o): return True
try:
    L() > L()
    print('reflected __lt__ used for >')
except TypeError as e:
    print(type(e).__name__, e)
try:
    L() <= L()
except TypeError as e:
    print(type(e).__name__, e)
class Ne:
    def __eq__(self, o): return 'custom-eq'
print(Ne() == 1, Ne() != 1)
