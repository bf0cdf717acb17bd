from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, make_dataclass
import dataclasses
@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
a = Item('a', 2)
b = Item('b')
print(a, b, a < b, a == Item('a', 2), sorted([b, a]), Item.__match_args__, Item.__doc__)
@dataclass(frozen=True)
class F:
    x: int
    y: float = 1.5
try:
    F(1).x = 2
except Exception as e:
    print(type(e).__name__, e)
try:
    del F(1).x
except Exception as e:
    print(type(e).__name__, e)
print(hash(F(1)) == hash(F(1)), F(1) == F(1), F(1) != F(2), F.__hash__ is not None)
try: Item()
except TypeError as e: print(e)
try: Item('a', 1, [], 4)
except TypeError as e: print(e)
print(asdict(a), astuple(a), replace(a, qty=9), is_dataclass(a), is_dataclass(Item), is_dataclass(1))
@dataclass
class P:
    x: int
    y: int = 0
    z: InitVar[int] = 5
    def __post_init__(self, z): self.s = self.x + self.y + z
print(P(1, 2), P(1, 2).s, P.__hash__)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass
class Child(Item):
    extra: str = 'e'
print(Child('c', 1, ['t'], 'x'))
@dataclass(eq=False)
class NE:
    v: int
print(NE(1) == NE(1), NE(1).__repr__())
@dataclass(unsafe_hash=True)
class UH:
    v: int
print(hash(UH(3)) == hash((3,)))
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list, repr=False)
    meta: dict = field(default_factory=dict, compare=False)
print(Node(1), Node(1, [2]) == Node(1, [3]), Node(1, meta={'a': 1}) == Node(1))
M = make_dataclass('M', [('x', int), ('y', int, field(default=2))])
print(M(1), M.__module__)
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
s = Sl(1); print(s, Sl.__slots__, hasattr(s, '__dict__'))
@dataclass
class Rec:
    items: list = field(default_factory=list)
r = Rec(); r.items.append(r); print(r)
