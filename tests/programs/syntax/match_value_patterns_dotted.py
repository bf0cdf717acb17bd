import math
class Consts:
    ZERO = 0
    class Inner:
        ONE = 1
for v in [0, 1, math.pi, 2]:
    match v:
        case Consts.ZERO:
            print('zero')
        case Consts.Inner.ONE:
            print('one')
        case math.pi:
            print('pi')
        case other:
            print('other', other)
