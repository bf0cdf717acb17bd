class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([*Seq()])), tuple(iter(Seq())))
class KeyErrSeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrSeq())
except KeyError as e:
    print(type(e).__name__, e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
