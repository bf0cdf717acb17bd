print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})))
class R:
    def __reversed__(self): return iter('custom')
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())), list(reversed(S())))
for bad in [5, {1, 2}, iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
