import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, repr(Color.GREEN), Color(1), Color['GREEN'], list(Color), Color.RED.name, Color.RED.value, len(Color))
try:
    Color(3)
except ValueError as e:
    print(type(e).__name__, e)
class F(enum.IntFlag):
    A = 1
    B = 2
print(F.A | F.B, F.A + 1, int(F.B))
