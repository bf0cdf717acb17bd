class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(1):I(4)], 'abc'[I(-1)], hex(I(255)), bin(I(5)), oct(I(8)), range(I(3)), [0] * I(2))
print(int.from_bytes(b'\x01', 'big') + I(1).__index__(), (10).to_bytes(I(2), 'big'))
class Bad:
    def __index__(self): return 1.5
try:
    lst[Bad()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[object()] if False else lst['x']
except TypeError as e:
    print(type(e).__name__, e)
