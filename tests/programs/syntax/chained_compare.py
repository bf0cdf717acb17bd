# Chained comparisons evaluate each operand once and short-circuit.
log = []
def v(x):
    log.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(0) < v(5), log)
log.clear()
print(v(1) < v(2) < v(3), log)
log.clear()
n, f = None, False
one = 1
print(1 == 1.0 == True, one is not n is not f)
print(2 in [1, 2] in [[1, 2]], 'a' not in 'bcd' not in 'xyz')
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6)
print(1 < 2 > 0 < 5 != 4 == 4)
try:
    print(1 < 'a' < 3)
except TypeError as e:
    print(type(e).__name__, e)
print(v(3) > v(4) > v(1), log)
