d = dict.fromkeys('abcde', 0)
d['c'] = 1
del d['b']
d['b'] = 2
d.pop('a')
d['a'] = 3
print(d, list(d.items())[0], next(iter(d)), next(reversed(d)))
d.update(e=9, f=10)
print(d)
