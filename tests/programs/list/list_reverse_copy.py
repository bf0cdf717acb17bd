a = [1, 'two', [3]]
b = a.copy()
c = a[:]
d = list(a)
print(b == a, b is a, c is a, d is a, b[2] is a[2])
a.reverse()
print(a, b)
import copy
e = copy.deepcopy(b)
e[2].append(4)
print(b, e)
