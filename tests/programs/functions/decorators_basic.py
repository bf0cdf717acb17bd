import functools
def trace(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print('call', f.__name__, a, k)
        return f(*a, **k)
    return wrapper
@trace
def add(a, b=0):
    "Adds."
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x): return x * 2
print(hi(2), hi.__name__)
