a = [1, 2, 3, 2, 1, 2]
print(a.count(2), a.index(2), a.index(2, 2), a.index(2, -2), a.count(5), a.count(2.0), [1, [2]].count([2]))
a.remove(2)
print(a)
while 2 in a:
    a.remove(2)
print(a)
for args in [(9,), (1, 1, 3), (1, -1)]:
    try:
        print(a.index(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
