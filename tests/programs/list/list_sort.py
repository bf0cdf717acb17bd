# sort stability, key, reverse, errors, sorted() on various iterables.
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data))
s = [5, -3, 2, -8, 0]
s.sort(key=abs)
print(s)
s.sort(reverse=True)
print(s)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], key=lambda v: None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(lambda a: a)
except TypeError as e:
    print(type(e).__name__, e)
lst = [3, 2, 1]
try:
    lst.sort(key=lambda v: lst.append(0) or v)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((2, 1)), sorted([]), sorted([1.5, 1, True, 0.5]))
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5], sorted(big) == sorted(big, key=lambda v: v))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return f'K{self.v}'
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
