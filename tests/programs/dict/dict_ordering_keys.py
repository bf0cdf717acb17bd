# Insertion order; 1/1.0/True are the same key and the first key object is kept.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d)
d2 = {True: 'a', 1: 'b', 1.0: 'c'}
print(d2)
d3 = {'b': 1, 'a': 2, 'c': 3}
d3['a'] = 99
print(d3, list(d3))
del d3['b']
d3['b'] = 0
print(d3)
print({0: 'z', False: 'f', 0.0: 'x', 0j: 'c'})
print(dict([(1, 'a'), (2, 'b')]), dict(a=1, b=2), dict({'x': 1}, y=2), dict(zip('ab', 'xy')), dict())
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}['missing']
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}[('t', 1)]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[()]
except KeyError as e:
    print(type(e).__name__, e, e.args)
