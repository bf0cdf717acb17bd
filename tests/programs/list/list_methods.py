# list methods and their errors.
a = [3, 1, 2]
a.append(4); a.extend((5, 6)); a.insert(0, 0); a.insert(100, 99); a.insert(-100, -1)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a, a.index(6), a.count(1), a.index(1, 1), [1, 2, 1].index(1, 1, 3))
a.reverse()
print(a, a.copy(), a.copy() is a)
a.clear()
print(a)
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1),
          lambda: [].insert(0), lambda: [].append(1, 2), lambda: [1].pop('a'), lambda: [].extend(5)]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = [1, 2]
x.extend(x)
print(x)
x += 'ab'
print(x)
try:
    x = x + 'cd'
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list('abc'), list(range(3)), list({'a': 1, 'b': 2}), list((1,)))
print([1, 2] * 2, 2 * [0], [[]] * 3, [1, 2] + [3], [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
