print(set([3, 3, 1]), set((1, 2)), set(range(5)), set({'k': 1}) == {'k'}, set(x % 3 for x in range(9)), set(b'aab'), sorted(set('banana')))
print(len(set([1, 1.0, True])), len({0, 0.0, -0.0, False}), {1, True}, {True, 1})
