# Comprehensions have their own scope; the first iterable is evaluated in the enclosing scope.
x = 'outer'
print([x for x in range(3)], x)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]     # first iterable sees class scope
    try:
        bad = [v + len(vals) for v in range(2)]   # inner body does not
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
def outer():
    k = 10
    return [lambda: i + k for i in range(3)]
print([f() for f in outer()])
def outer2():
    return [(lambda i=i: i) for i in range(3)]
print([f() for f in outer2()])
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
print([[i, j] for i in range(2) for j in range(i, 3)])
def nested():
    y = 5
    return {a: [b + y for b in range(a)] for a in range(3)}
print(nested())
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
