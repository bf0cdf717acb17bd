# Building or extending a list from a list/tuple/dict/str subclass that
# overrides __iter__ goes through __iter__ (only exact lists and tuples are
# copied directly); the builtin types' own iteration is unchanged.
class L(list):
    def __iter__(self):
        return iter([9])

class T(tuple):
    def __iter__(self):
        return iter('t')

class D(dict):
    def __iter__(self):
        return iter('k')

class S(str):
    def __iter__(self):
        return iter([1, 2])

print(list(L([1, 2])), list(T((1, 2))), list(D(a=1)), list(S('ab')))
print([x for x in L([5])], tuple(L([3])), sorted(T((4, 5))), set(D(b=2)))
a = [0]
a.extend(L([1, 2]))
a.extend(T((3,)))
a += L([7])
a[1:2] = L([8, 8])
print(a)
a.extend(a)
print(a)
print(list(range(3)), list({3: 0, 1: 0}), list('xy'), list((1, 2)), list(frozenset([1])))
for x in L([1, 2]):
    print('for', x)
print(len(L([1, 2])), L([1, 2])[1], list.__iter__(L([1, 2])).__next__())
