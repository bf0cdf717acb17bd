# ast.dump: annotate_fields, include_attributes, indent (int and str), None
# defaults omitted, missing fields, hand-built nodes, nested lists.
import ast

tree = ast.parse('def f(a, *, b=1):\n    return [a, b]\nx: int = f(1) if y else {}\n')
print(ast.dump(tree))
print(ast.dump(tree, annotate_fields=False))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, indent=2))
print(ast.dump(tree.body[1], indent='..', include_attributes=True))
print(ast.dump(ast.parse('x', mode='eval'), indent=0))
print(ast.dump(ast.parse('pass', mode='single')))

# Hand-built nodes: absent fields are skipped, and once one is skipped the
# following fields are named even with annotate_fields=False.
print(ast.dump(ast.Name('x')))
print(ast.dump(ast.BinOp(left=ast.Constant(1), op=ast.Add()), annotate_fields=False))
print(ast.dump(ast.Constant(None, None)))
print(ast.dump(ast.Constant(value=None, kind='u'), annotate_fields=False))
print(ast.dump(ast.Name('x', ast.Load(), lineno=3, col_offset=1), include_attributes=True))
print(ast.dump(ast.Name(lineno=1, col_offset=0, end_lineno=None), include_attributes=True))
print(ast.dump(ast.MatchAs(lineno=1, col_offset=0, end_lineno=None), include_attributes=True))
print(ast.dump(ast.List([ast.Constant(1), [ast.Constant(2)], 'raw', 7], ast.Load())))
print(ast.dump(ast.Load()), ast.dump(ast.Add()), ast.dump(ast.AST()))

n = ast.Name('x', ast.Load())
n.extra = 1
n._fields = ('id', 'ctx', 'missing')
print(ast.dump(n))

class MyName(ast.Name):
    _fields = ('id',)

print(ast.dump(MyName('a', ctx=ast.Store())))

for bad in [5, 'x', [ast.Name('x')]]:
    try:
        ast.dump(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ast.dump(ast.Name('x'), indent=1.5)
except TypeError as e:
    print(type(e).__name__, e)

# Type comments and the other modes.
print(ast.dump(ast.parse('def f(x): # type: (int) -> None\n    pass  # type: ignore[x]', type_comments=True)))
print(ast.dump(ast.parse('x = 1  # type: int', type_comments=True)))
print(ast.dump(ast.parse('x = 1  # type: int')))
print(ast.dump(ast.parse('(int, str) -> bool', mode='func_type'), indent=1))
