from dataclasses import dataclass
import enum
class Op(enum.Enum):
    ADD = '+'
    MUL = '*'
@dataclass
class Num:
    v: int
@dataclass
class Bin:
    op: Op
    left: object
    right: object
def ev(e):
    match e:
        case Num(v):
            return v
        case Bin(Op.ADD, l, r):
            return ev(l) + ev(r)
        case Bin(op=Op.MUL, left=l, right=r):
            return ev(l) * ev(r)
print(Num.__match_args__, ev(Bin(Op.ADD, Num(2), Bin(Op.MUL, Num(3), Num(4)))))
