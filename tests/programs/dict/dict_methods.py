# dict methods.
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], []), d.copy(), len(d), 'x' in d, 1 in d)
c = d.copy(); c.clear(); print(c, d)
e = {'k': [1]}
f = e.copy()
f['k'].append(2)
print(e)
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
print({'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 2} != {1: 3})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
