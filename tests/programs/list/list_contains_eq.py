# Containment uses identity then ==; comparisons are lexicographic; equality with nan.
nan = float('nan')
a = [nan]
print(nan in a, float('nan') in a, a == a, a == [nan], [float('nan')] == [float('nan')])
class E:
    def __eq__(self, other):
        print('eq called')
        return True
e = E()
print(e in [e], 1 in [E()])
print([1, [2, 3]] < [1, [2, 4]], [1, 2] > [1], [] == [], [0] != [False], (1, 2) == [1, 2])
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2].__eq__((1, 2)), [1].__lt__(5))
