# walk, iter_fields, iter_child_nodes, NodeVisitor, NodeTransformer,
# fix_missing_locations, copy_location, increment_lineno, get_docstring,
# get_source_segment.
import ast

src = 'x = 1\nif  yy:\n    z = [1,\n  2]\n    w = "é" + \\\n\t"ü"\n'
tree = ast.parse(src)
for n in ast.walk(tree):
    seg = ast.get_source_segment(src, n) if hasattr(n, 'lineno') else None
    pad = ast.get_source_segment(src, n, padded=True) if hasattr(n, 'lineno') else None
    print(type(n).__name__, repr(seg), repr(pad))
print([(k, type(v).__name__) for k, v in ast.iter_fields(tree.body[0])])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[1])])
print([k for k, v in ast.iter_fields(ast.Name('only_id'))])
print(ast.get_source_segment(src, ast.Name('x')))
ff = 'a\r\nbb\rccc + \t(d,\x0c\n\t e)\n'
print(repr(ast.get_source_segment(ff, ast.parse(ff).body[2].value)))
print(repr(ast.get_source_segment(ff, ast.parse(ff).body[2].value.right, padded=True)))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
    def visit_FunctionDef(self, node):
        self.seen.append('def ' + node.name)
        self.generic_visit(node)

v = Names()
v.visit(ast.parse('def f(a):\n    return b + c(d)\ne = f'))
print(v.seen)

class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print('Num', node.value)
    def visit_Str(self, node):
        print('Str', node.value)
    def visit_NameConstant(self, node):
        print('NameConstant', node.value)

Old().visit(ast.parse('1 + 2.5 + "s" + True + None + b"b"'))

class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant) and isinstance(node.op, ast.Add):
            return ast.copy_location(ast.Constant(node.left.value + node.right.value), node)
        return node
    def visit_Expr(self, node):
        # Drop bare names; split a tuple statement into several statements.
        if isinstance(node.value, ast.Name):
            return None
        if isinstance(node.value, ast.Tuple):
            return [ast.Expr(e) for e in node.value.elts]
        return self.generic_visit(node)

tree = Fold().visit(ast.parse('a\nprint(1 + 2 + 3)\nb\nprint(4), print("x" + "y")\nx = 10 + y'))
print(ast.unparse(tree))
ast.fix_missing_locations(tree)
print(ast.dump(tree, include_attributes=True))
exec(compile(tree, '<fold>', 'exec'), {'y': 1})

t = ast.parse('a\nb = [c,\n  d]')
ast.increment_lineno(t, 3)
print([(n.__class__.__name__, n.lineno, n.end_lineno) for n in ast.walk(t) if hasattr(n, 'lineno')])
ti = ast.parse('x = 1  # type: ignore', type_comments=True)
ast.increment_lineno(ti, 2)
print(ti.type_ignores[0].lineno)

n = ast.copy_location(ast.Name('q', ast.Load()), t.body[1].value)
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
old = ast.Name('o', ast.Load(), lineno=5, col_offset=2, end_lineno=None)
n = ast.copy_location(ast.Name('p'), old)
print(n.lineno, n.col_offset, n.end_lineno, hasattr(n, 'end_col_offset'))

e = ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2, lineno=4, col_offset=3))))
print(ast.dump(e, include_attributes=True))

print(repr(ast.get_docstring(ast.parse('def f():\n    """  a\n      b\n    c\n    """'))))
print(repr(ast.get_docstring(ast.parse('"""\tTabbed\n\t  more"""'), clean=False)))
print(repr(ast.get_docstring(ast.parse('class C:\n    x = 1'))))
print(repr(ast.get_docstring(ast.parse('async def g():\n    "one"'))))
try:
    ast.get_docstring(ast.Name())
except TypeError as e:
    print(type(e).__name__, e)
