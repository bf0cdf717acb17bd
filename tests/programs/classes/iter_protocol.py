class Count:
    def __init__(self, n): self.n, self.i = n, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x for x in Count(2)], 2 in Count(3), max(Count(5)))
c = Count(2)
print(list(c), list(c))
class NotIter:
    def __iter__(self): return 5
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in 5: pass
except TypeError as e:
    print(type(e).__name__, e)
