class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f, Temp.c.__doc__, type(Temp.c).__name__)
try:
    t.f = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.c
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.c = -300
except ValueError as e:
    print(type(e).__name__, e)
