# str.maketrans forms and translate with None deletion, ordinals, strings.
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print(sorted(t2.items()), 'abcabc'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, ord('c'): 'CC'})
print(sorted(t3.items()), 'abcd'.translate(t3))
print('hello'.translate({ord('l'): 'L', ord('o'): 48}))
for args in [('ab', 'x'), ({'ab': 1},), (1,)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class Table:
    def __getitem__(self, k):
        if k == ord('q'):
            raise LookupError
        return k + 1
print('aqz'.translate(Table()))
