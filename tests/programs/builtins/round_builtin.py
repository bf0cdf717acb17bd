print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(12345, -2), round(0.5 + 1e-16), round(7, 0))
class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 3))
try:
    round('x')
except TypeError as e:
    print(type(e).__name__, e)
