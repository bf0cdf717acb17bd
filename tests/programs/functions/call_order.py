# Argument evaluation order is left to right, including keyword and ** arguments.
log = []
def v(x):
    log.append(x)
    return x
def f(*a, **k): return a, sorted(k.items())
f(v(1), v(2), *[v(3)], k=v(4), **{'z': v(5)})
print(log)
log.clear()
v(print)(v('a'), v('b'))
print(log)
