print(list(range(3)), list(range(1, 4)), list(range(10, 0, -3)), list(range(0)), list(range(-3)))
r = iter(range(3))
print(next(r), list(r), type(r).__name__)
