n = 10
def f(x=n):
    return x
n = 20
print(f(), f.__defaults__)
f.__defaults__ = (99,)
print(f())
