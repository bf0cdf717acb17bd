# Subclassing list: overridden methods, slicing returns list, __init__ hooks.
class L(list):
    def __getitem__(self, i):
        return ('got', super().__getitem__(i))
    def append(self, v):
        super().append(v * 2)
l = L([1, 2, 3])
l.append(5)
print(l, l[0], type(l[1:]).__name__, len(l), list(l), l + [1], type(l + [1]).__name__)
print(isinstance(l, list), l == [1, 2, 3, 10], sorted(l))
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s.peek(), s, repr(s))
class Named(list):
    def __repr__(self):
        return 'Named' + super().__repr__()
print(Named([1]), [Named([2])])
