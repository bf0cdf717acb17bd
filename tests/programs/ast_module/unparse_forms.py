# ast.unparse: precedence, quoting of strings and f-strings, docstrings,
# every statement kind; each result must parse back to the same tree.
import ast

srcs = [
    'f"{x!r:>{w}} and {y}\\n" + f\'{a["k"]}\'',
    "f'''{x}\"'''",
    'f"{ {1: 2}[1] }"',
    'f"{x=}" f"{x!s}{y:{z}.{w}}"',
    'x = """doc"""',
    'def f():\n    """He said "hi"\n    twice"""\n    return 1',
    "def g():\n    '''ends with quote\"'''",
    "class K:\n    '''a\\\\b'''",
    'a = 1e309; b = -1e309j; c = (1, 2.5); d = 1e-5; e = 0xff',
    'match p:\n case [1, *rest] if rest: pass\n case {"a": 1, **kw}: pass\n case Point(x=0, y=_) | None: pass\n case (1 as z) | 2: pass\n case [*_]: pass\n case {**r}: pass\n case -1 | 1+2j | "s" | b"b": pass',
    'lambda: 0\nlambda *a, b=1, **k: (a, b)\nlambda x, /, y: x\nlambda *, k: k',
    '(y := 3) + 2\ndef gen():\n    print((yield))\n    x = yield y\n    await z\n    yield from w',
    'a = b = c, d\nfor x, y in z: pass\nelse: pass',
    'if a: pass\nelif b: pass\nelse:\n    if c: pass\n    x',
    'try:\n  pass\nexcept* E as e:\n  pass\nfinally:\n  pass',
    'try:\n  pass\nexcept (A, B):\n  pass\nexcept:\n  raise\nelse:\n  pass',
    'async def f():\n    async with a as b, c: await x\n    async for i in y: pass\n    return [i async for i in z]',
    'x = -(-1) ** 2; y = (-1) ** -2; z = not (a and b or c); w = a ** b ** c; v = (a ** b) ** c',
    'x = a - (b - c); y = (a - b) - c; z = a * (b @ c); u = ~-+a; t = (not a) == b',
    'x[1:2, ::3]; x[()]; x[(1,)]; x[a:b]; x[::]; x[1:2:3]',
    'class A(B, metaclass=M):\n    "doc"\n    x: int = 3\n    (y): int\n    z.w: str',
    '@dec\nclass C: pass\n@d1\n@d2(3)\ndef h(a: int = 1, /, b=2, *args: str, c, d=4, **kw: dict) -> str: pass',
    'del a[0], b.c\nglobal q\nnonlocal r\nassert x, "m"\nraise E from F\nimport a.b as c, d\nfrom ..m import (x as y, z)\nfrom . import w\nfrom m import *',
    '{**a, "b": 1}; {*()}; {1, 2}; [*a]; print(*a, **k); f(x for x in y); f(a, *b, c=1, **d)',
    '3 .real; 3.0.real; "s".upper(); (1).bit_length(); -1 .real',
    "x = '\\x00\\t\\u1234\\U0001f600 é \\\\'",
    "b = b'\\x00abc\\''",
    'x = "a" "b"; y = "it\'s"; z = \'say "hi"\'; w = \'both \\\' and "\'',
    'with (open(a) as b, open(c) as d): pass\nwith a, b as (c, d): pass',
    '(a if b else c) if d else e\n[x for x in (y if z else w) if x if not x]',
    'x = a if (b := c) else d\n{k: v for k, v in d.items()}\n{s for s in t}',
    'while x:\n    break\nelse:\n    continue',
    'x += 1; y //= 2; z **= 3; w @= m; v >>= 1',
    'print(a < b <= c != d is e is not f in g not in h)',
    'x = (1, 2) + (3,)\ny = ()\nfor (a, b) in c: pass\nz = yield_ = 1',
    'u"unicode"; x = u"kind"',
    'async def f():\n    x = [await y for y in z]\n    await (a + b)',
    'f"{\'\\n\'.join(x)}"' if False else 'f"{chr(10)}\\n"',
    'f"{x:{\'>\'}{10}}"' if False else 'f"{x:>{10}}"',
    'x = f"{a!a}" f"{{literal}}"',
]
for s in srcs:
    t = ast.parse(s)
    u = ast.unparse(t)
    print(u)
    print('roundtrip', ast.dump(ast.parse(u)) == ast.dump(t))
    print('-' * 8)

print(ast.unparse(ast.Constant(value=float('nan'))))
print(ast.unparse(ast.Constant(value=complex(float('inf'), 1))))
print(ast.unparse(ast.Constant(value=(1, 'a', None, ...))))
print(ast.unparse(ast.Constant(value=(1,))))
print(ast.unparse(ast.Expression(ast.Name('x'))))
print(ast.unparse(ast.parse('(int, str) -> bool', mode='func_type')))
print(ast.unparse(ast.parse('x = 1 # type: int\ny = 2 # type: ignore[xx]\ndef f(): # type: () -> None\n    pass', type_comments=True)))
print(ast.unparse(ast.FormattedValue(ast.Constant('\n'), -1, None)))
print(ast.unparse(ast.JoinedStr([ast.Constant('"\'"""\'\'\''), ast.FormattedValue(ast.Name('x'), -1, None)])))
print(ast.unparse(ast.Set([])))
print(ast.unparse(ast.Tuple([], ast.Load())))
print(ast.unparse(ast.MatchAs()))
print(ast.unparse(ast.Name('x', ast.Load())))
for bad in [ast.Raise(cause=ast.Name('e')), ast.YieldFrom(), ast.JoinedStr([ast.Name('x')]),
            ast.FormattedValue(ast.Constant('\\'), -1, None)]:
    try:
        print(ast.unparse(bad))
    except (ValueError, AttributeError) as e:
        msg = str(e)
        print(type(e).__name__, msg.split(' <')[0])
