a = []
a.extend(range(3))
a.extend('ab')
a.extend({'k': 1})
a.extend((x for x in [9]))
a.extend(set())
print(a)
a[len(a):] = [10]
a += (11,)
print(a)
