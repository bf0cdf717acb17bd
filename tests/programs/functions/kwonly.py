def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=5), f.__kwdefaults__)
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, b=2, d=4)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
