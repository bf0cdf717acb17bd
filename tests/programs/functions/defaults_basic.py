def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1), f(2, 3), f(4, c=[0]), f(5))
print(f.__defaults__)
