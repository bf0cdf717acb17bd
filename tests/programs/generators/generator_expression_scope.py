x = 10
g = (x * i for i in range(3))
x = 20
print(list(g))
data = [1, 2, 3]
g2 = (d for d in data)
data = [9]
print(list(g2))
class C:
    n = 5
    vals = list(i for i in range(n))
print(C.vals)
