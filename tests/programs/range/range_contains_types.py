r = range(0, 20, 2)
print(4 in r, 5 in r, 4.0 in r, True in range(2), 'a' in r, None in r, 2 ** 70 in range(2 ** 71), -2 in r)
class I:
    def __eq__(self, o): return o == 6
print(I() in r)
print(r.count(4), r.count(4.0), r.index(18))
try:
    r.index(5)
except ValueError as e:
    print(type(e).__name__, e)
