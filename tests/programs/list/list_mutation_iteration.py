# Mutating lists during iteration, list identity, comprehension vs loop.
a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
print(a)
b = [1, 2, 3]
out = []
for x in b:
    out.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(out, b)
c = [1, 2, 3]
it = iter(c)
next(it)
c.clear()
print(list(it))
d = [0] * 3
rows = [[0] * 2] * 2
rows[0][0] = 1
print(rows)
rows = [[0] * 2 for _ in range(2)]
rows[0][0] = 1
print(rows)
e = [3, 1, 2]
r = reversed(e)
e.append(0)
print(list(r))
f = [1, 2, 3]
i = iter(f)
print(next(i), f.pop(), list(i))
