# | and |= on dicts (3.9+).
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
from collections import OrderedDict, defaultdict, Counter
print(OrderedDict(a=1) | {'b': 2}, type(defaultdict(int) | {}).__name__)
print(Counter('abracadabra').most_common(3), Counter(a=1) + Counter(a=2, b=1))
dd = defaultdict(list)
dd['k'].append(1)
print(dd, dict(dd), dd.default_factory)
