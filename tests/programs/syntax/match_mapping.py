# Mapping patterns: key subsets, **rest, value keys, non-dict mappings.
def m(x):
    match x:
        case {'type': 'point', 'x': px, 'y': py}:
            return f'point {px},{py}'
        case {'type': 'circle', **rest}:
            return f'circle {sorted(rest.items())}'
        case {1: one, **rest} if not rest:
            return f'only key 1 -> {one}'
        case {}:
            return 'any mapping'
        case _:
            return 'not a mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'extra': 0}, {'type': 'circle', 'r': 5, 'c': 0},
          {1: 'a'}, {1: 'a', 2: 'b'}, {}, [], 'type']:
    print(m(v))
class K:
    KEY = 'k'
match {'k': 1}:
    case {K.KEY: v}:
        print('value key', v)
import collections
od = collections.OrderedDict(a=1)
match od:
    case {'a': x, **kw}:
        print(type(kw).__name__, x, kw)
class Missing(dict):
    def __missing__(self, key):
        return 'default'
match Missing(a=1):
    case {'b': v}:
        print('matched via __missing__?', v)
    case _:
        print('__missing__ not used by match')
