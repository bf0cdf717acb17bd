import functools
print(list(map(lambda x: x * 2, range(4))), list(filter(None, [0, 1, '', 'a'])), functools.reduce(lambda a, b: a * b, range(1, 6)))
p = functools.partial(pow, 2)
print(p(10), p.func.__name__, p.args)
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str, len, lambda n: n * 10)(12345))
print(sorted(['a', 'bb', 'c'], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
