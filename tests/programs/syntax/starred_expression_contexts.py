a = [1, 2]
b = (*a, 3)
c = [*a, *a]
d = {*a, 0}
e = {'x': 1, **{'y': 2}}
print(b, c, d, e)
print(*a, sep='|')
f, *g = *a, 9
print(f, g)
for x in *a, 3:
    print('item', x)
def ret():
    return *a, 'end'
print(ret())
