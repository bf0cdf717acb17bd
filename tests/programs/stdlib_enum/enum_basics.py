import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(Color.RED, repr(Color.GREEN), Color(1), Color['GREEN'], list(Color), Color.RED.name, Color.RED.value, len(Color))
print(Color.__members__, Color._member_names_, Color.ALIAS is Color.RED, f'{Color.RED}', format(Color.RED, '>12'), type(Color), repr(Color))
try:
    Color(3)
except ValueError as e:
    print(type(e).__name__, e)
class F(enum.IntFlag):
    A = 1
    B = 2
    C = 4
print(F.A | F.B, F.A + 1, int(F.B), repr(F.A | F.B), repr(F(0)), repr(F(9)), ~F.A, repr(~F.A))
class I(enum.IntEnum):
    X = 1
    Y = 2
print(I.X, repr(I.X), f'{I.X}', I.X + 1, I.X == 1, str(I.Y), format(I.Y, '>5'), hash(I.X) == hash(1), I(2), sorted([I.Y, I.X]))
class S(enum.StrEnum):
    A = 'a'
    B = enum.auto()
print(S.A, repr(S.B), S.A.upper(), S('b'))
class A(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
print(repr(A.X), A.Y.value, A['X'])
class Fl(enum.Flag):
    A = enum.auto(); B = enum.auto(); C = enum.auto(); AB = A | B
print(list(Fl), Fl.A | Fl.B, repr(Fl.A | Fl.C), Fl(0), repr(Fl(0)), ~Fl.A, Fl.AB, list(Fl.AB), Fl(7), len(Fl), Fl.A in Fl.AB, bool(Fl(0)))
try: Fl(8)
except ValueError as e: print(e)
try:
    class D(Color): pass
except TypeError as e: print(e)
try:
    class E(enum.Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    @enum.unique
    class U(enum.Enum):
        A = 1; B = 1; C = 2; D = 2
except ValueError as e: print(e)
An = enum.Enum('An', 'X Y Z'); print(list(An), An.__module__)
B = enum.Enum('B', [('P', 5), ('Q', 6)]); print(list(B))
class Planet(enum.Enum):
    E = (1, 2)
    def __init__(self, a, b): self.a = a; self.b = b
    def mass(self): return self.a * 10
print(Planet.E.a, Planet.E.value, Planet((1, 2)), Planet.E.mass())
try: Color.RED = 3
except AttributeError as e: print(e)
print(hash(Color.RED) == hash('RED'), Color.RED.__class__, isinstance(Color.RED, Color), Color.RED in Color)
print({Color.RED: 1}, Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1))
class M(enum.Enum):
    @classmethod
    def _missing_(cls, value):
        return cls.Z
    Z = 0
print(M(99), dir(Color), dir(Color.RED))
