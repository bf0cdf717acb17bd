a = [[]] * 3
a[0].append(1)
print(a, a[0] is a[1])
b = [0] * 3
b[0] = 5
print(b)
c = [[0] * 2 for _ in range(3)]
c[0][0] = 9
print(c)
d = [1, 2] * 0
print(d, [None] * 2, [1] * -1)
