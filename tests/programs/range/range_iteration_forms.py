total = 0
for i in range(1, 101):
    total += i
print(total)
print([i for i in range(3)], tuple(range(2)), set(range(3)), dict.fromkeys(range(2)), list(enumerate(range(10, 13))))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'end'))
print(list(zip(range(3), range(10, 0, -1))))
