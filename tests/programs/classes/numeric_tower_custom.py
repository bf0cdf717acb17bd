class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.cents + o.cents)
        if o == 0: return self
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, int): return Money(self.cents * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k): return Money(self.cents // k)
    def __lt__(self, o): return self.cents < o.cents
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self): return hash(self.cents)
    def __repr__(self): return f'${self.cents // 100}.{self.cents % 100:02d}'
    def __bool__(self): return self.cents != 0
    def __neg__(self): return Money(-self.cents)
    def __abs__(self): return Money(abs(self.cents))
    def __int__(self): return self.cents
    def __float__(self): return self.cents / 100
items = [Money(199), Money(250), Money(5)]
print(sum(items), 3 * Money(100), Money(100) * 2, Money(1000) / 3, sorted(items), max(items), -Money(5), abs(Money(-7)))
print(bool(Money(0)), int(Money(42)), float(Money(150)), len({Money(1), Money(1)}))
try:
    Money(1) * 1.5
except TypeError as e:
    print(type(e).__name__, e)
