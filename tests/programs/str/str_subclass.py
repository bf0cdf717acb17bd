# Subclassing str: methods return plain str; __str__ of subclass; equality and hashing.
class S(str):
    def shout(self):
        return self.upper() + '!'
s = S('hi')
print(s, repr(s), s.shout(), type(s.upper()).__name__, type(s + 'x').__name__, type(s[0]).__name__, type(str(s)).__name__)
print(s == 'hi', {s: 1}['hi'], isinstance(s, str), S.__mro__)
class Q(str):
    def __str__(self):
        return 'custom'
    def __repr__(self):
        return 'Q!'
q = Q('real')
print(q, str(q), repr(q), f'{q}', '%s' % q, format(q), q + '', [q])
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Up('abc'), len(Up('xy')))
