def pair():
    v = 0
    def get(): return v
    def put(n):
        nonlocal v
        v = n
    return get, put
g, p = pair()
p(42)
print(g())
def unbound():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return inner()
print(unbound())
