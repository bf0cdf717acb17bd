# Assignment expressions (:=) in if/while/comprehensions; comprehension binds in enclosing scope.
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print('long', n)
it = iter(data)
while (v := next(it, None)) is not None:
    print(v, end=' ')
print()
print([y for x in data if (y := x * 2) > 5])
print(y)   # leaks from the comprehension to module scope
def f():
    total = 0
    vals = [(total := total + x) for x in range(5)]
    return total, vals
print(f())
print((z := 10), z + 1)
def g():
    [last := i for i in range(3)]
    return last
print(g())
print(any((hit := w) > 6 for w in data), hit)
pairs = {k: (sq := k * k) for k in range(3)}
print(pairs, sq)
