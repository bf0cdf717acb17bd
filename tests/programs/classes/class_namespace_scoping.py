x = 'global'
class C:
    x = 'class'
    def m(self):
        return x
    y = x + '!'
print(C().m(), C.y)
class D:
    items = [1, 2]
    total = sum(items)
print(D.total)
def f():
    v = 'enclosing'
    class K:
        w = v
        v = 'class v'
        def m(self): return v
    return K.w, K.v, K().m()
try:
    print(f())
except NameError as e:
    # names assigned in a class body are looked up in the class dict, then globals: never the enclosing function
    print(type(e).__name__, e)
def g():
    v = 'enclosing'
    class K:
        w = v
    return K.w
print(g())
