class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __eq__(self, o): return isinstance(o, Both)
    def __hash__(self): return 7
print(hash(Both()), len({Both(), Both()}))
class Sub(Both):
    def __eq__(self, o): return False
print(Sub.__hash__ is None)
class Keep(Both):
    __hash__ = Both.__hash__
    def __eq__(self, o): return False
print(hash(Keep()), len({Keep(), Keep()}))
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()))
