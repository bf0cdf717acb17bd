a = []
for i, pos in enumerate([0, 0, 1, -1, 100, -100, 2]):
    a.insert(pos, i)
print(a)
print(a.pop(1), a.pop(-1), a.pop(0), a)
b = list(range(5))
print([b.pop() for _ in range(5)], b)
