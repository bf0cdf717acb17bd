# Lambdas: defaults, varargs, closures, immediate call, nested lambdas.
f = lambda: 42
print(f(), f.__name__)
add = lambda a, b=10, *rest, k=1, **kw: (a + b + sum(rest)) * k + len(kw)
print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, k=2), add(1, z=0, w=0))
print((lambda x: x * 2)(21))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(inc, lambda x: x * 10)(4))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
curried = lambda a: lambda b: lambda c: a + b + c
print(curried(1)(2)(3))
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
print((lambda a, /, b: a - b)(5, b=2))
