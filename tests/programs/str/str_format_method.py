# str.format: positional, keyword, indexing, attribute, nested fields, conversions, escaping.
class P:
    x = 3
    def __repr__(self): return 'P()'
    def __str__(self): return 'p-str'
print('{} {} {}'.format(1, 'a', None))
print('{1} {0} {1}'.format('a', 'b'))
print('{name}-{0}'.format(9, name='n'))
print('{0[1]} {3[k]} {1.x} {2[0][1]}'.format([1, 2], P, [[5, 6]], {'k': 'kv'}))
print('{d[key]} {d[1]}'.format(d={'key': 'v', '1': 'str-one', 1: 'int-one'}))
print('{0!r} {0!s} {1!a} {0!r:>8}'.format(P(), 'é'))
print('{:{width}.{prec}f}|{:>{w2}}'.format(3.14159, 'x', width=10, prec=2, w2=4))
print('{{literal}} {{{0}}}'.format(5))
print('{0:*^9}|{0:<4}|{0:>4}'.format('ab'))
print(format(P(), ''), format(P()), '{0}'.format(P()))
for fmt, args, kw in [('{', (), {}), ('}', (), {}), ('{0}{1}', (1,), {}), ('{x}', (), {}), ('{0!z}', (1,), {}),
                      ('{}{0}', (1, 2), {}), ('{0[a}', ([],), {}), ('{0.missing}', (1,), {}), ('{:d}', ('s',), {}), ('{0:{1}}', (1, '{}'), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print('{0[-1]}'.format({'-1': 'dict-key'}) if True else '', 'x{:}y'.format(1))
print('{:%}'.format(0.25), '{:,}'.format(10 ** 9), '{:_x}'.format(2 ** 32), '{:#b}'.format(5))
print('{0:{fill}{align}{width}}'.format('c', fill='.', align='^', width=5))
print('a'.format_map({'x': 1}), '{x}'.format_map({'x': 1}))
class Missing(dict):
    def __missing__(self, k): return f'<{k}>'
print('{a} {b}'.format_map(Missing(a=1)))
