# Starred unpacking in targets and in displays/calls.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = 'hello'
print(a, b)
a, *b, c = range(2)
print(a, b, c)
a, *b, c = range(10)
print(a, b, c)
[*x] = (1, 2)
print(x)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
print([*range(3), *'ab', 9])
print((*[1, 2],))
print({*[1, 2], *[2, 3]})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kw): return args, sorted(kw.items())
print(f(*[1, 2], 3, *(4,), **{'x': 1}, y=2))
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c = 'x'
except ValueError as e:
    print(type(e).__name__, e)
gen = (i * i for i in range(5))
a, *b = gen
print(a, b)
