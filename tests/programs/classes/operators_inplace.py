class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o):
        self.v.append(o)
        return self
    def __add__(self, o):
        return 'plain add'
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.v)
class OnlyAdd:
    def __add__(self, o): return 'add used for +='
x = OnlyAdd()
x += 1
print(x)
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback to __add__'
y = NI()
y += 1
print(y)
