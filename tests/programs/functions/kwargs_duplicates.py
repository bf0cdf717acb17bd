def f(**kw): return kw
try:
    f(a=1, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
print(f(**{'a': 1}, b=2), f(**{'not an identifier': 1}))
