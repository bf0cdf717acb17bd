print(range(0) == range(1, 1), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2], range(1, 2) == range(1, 3, 5))
print(hash(range(0)) == hash(range(5, 5)), hash(range(0, 5, 2)) == hash(range(0, 6, 2)), len({range(3), range(0, 3, 1)}))
