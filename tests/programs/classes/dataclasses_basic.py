from dataclasses import dataclass, field
@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
a = Item('a', 2)
b = Item('b')
print(a, b, a < b, a == Item('a', 2), sorted([b, a]))
@dataclass(frozen=True)
class F:
    x: int
try:
    F(1).x = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(F(1)) == hash(F(1)))
