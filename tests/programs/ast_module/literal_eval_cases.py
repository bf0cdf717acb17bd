# ast.literal_eval: every accepted form, and the malformed ones (the node's
# repr holds an address, so only the part before it is printed).
import ast

good = ['1', '-1', '+2.5', '0x10', '1_000', '1e3', '2j', '1-2j', '-1+2j', '3.5+0j', '"x"', "'a' 'b'",
        'b"y"', '(1,)', '()', '[]', '{}', 'set()', '{1, 2, 3}', '{"a": [1, {2}], "b": (None,)}',
        'None', 'True', 'False', '...', ' \t 5', '[[[]]]', '{1: {2: {3: ()}}}', '-0.0', '10**2' if False else '100']
for s in good:
    print(repr(s), '->', repr(ast.literal_eval(s)))

bad = ['x', '1 + x', '__import__("os")', 'f()', '1+1', '-"a"', 'a.b', '{**a}', 'set([1])', '2j+1',
       '1+2+3j', '--1', 'not 1', '[x for x in y]', 'lambda: 0', '(1, [2, y])', 'b"x" + b"y"']
for s in bad:
    try:
        print(repr(s), '->', repr(ast.literal_eval(s)))
    except ValueError as e:
        print(repr(s), '->', type(e).__name__, str(e).split(' object at')[0])

for s in ['\n5', '(', '1 +', 'x = 1']:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), '->', type(e).__name__, e.msg, e.lineno)

# Nodes work too, and an Expression is unwrapped.
print(ast.literal_eval(ast.parse('[1, -2]', mode='eval')))
print(ast.literal_eval(ast.Tuple([ast.Constant(1), ast.UnaryOp(ast.USub(), ast.Constant(2.5))], ast.Load())))
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print(type(e).__name__, str(e).split(':')[0])
try:
    ast.literal_eval(ast.Name('x'))
except ValueError as e:
    print(type(e).__name__, str(e).split(':')[0])
try:
    ast.literal_eval('{[1]: 2}')
except TypeError as e:
    print(type(e).__name__, e)
