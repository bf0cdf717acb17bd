# compile() of AST objects: modes, hand-built and modified trees, and the
# checks CPython makes first (obj2ast and the validator), with its messages.
import ast

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok' if r is not None else None)
    except (TypeError, ValueError, SyntaxError, OverflowError, RuntimeError) as e:
        msg = str(e)
        if ' at 0x' in msg:
            msg = msg[:msg.index(' at 0x')]
        print(label, type(e).__name__, msg)

def cm(tree, mode='exec'):
    return compile(tree, '<x>', mode)

def mk(src):
    return ast.parse(src)

# Running trees.
tree = mk('total = 0\nfor i in range(5):\n    total += i\nprint(total)')
exec(cm(tree))
print(eval(cm(ast.parse('[n * 2 for n in range(4)]', mode='eval'), 'eval')))
exec(cm(ast.Interactive([ast.Expr(ast.Constant(7, lineno=1, col_offset=0), lineno=1, col_offset=0)]), 'single'))
print(eval(cm(ast.Expression(ast.Constant((1, (2, 'a')), lineno=1, col_offset=0)), 'eval')))
print(sorted(eval(cm(ast.Expression(ast.Constant(frozenset({3, 1}), lineno=1, col_offset=0)), 'eval'))))
ns = {}
exec(cm(ast.fix_missing_locations(ast.Module([ast.FunctionDef('sq', ast.arguments([], [ast.arg('v')], None, [], [], None, []),
    [ast.Return(ast.BinOp(ast.Name('v', ast.Load()), ast.Pow(), ast.Constant(2)))], [])], []))), ns)
print(ns['sq'](9))
t = mk('x')
print(compile(t, '<x>', 'exec', ast.PyCF_ONLY_AST) is t)
print(type(compile('x = 1', '<s>', 'exec', ast.PyCF_ONLY_AST)).__name__)
print(type(compile('x', '<s>', 'eval', ast.PyCF_ONLY_AST)).__name__)
print(type(compile('x', '<s>', 'single', ast.PyCF_ONLY_AST)).__name__)
print(ast.dump(compile('(a) -> b', '<s>', 'func_type', ast.PyCF_ONLY_AST)))

# Errors while converting (obj2ast).
attempt('missing lineno', lambda: cm(ast.Module([ast.Expr(ast.Name('x', ast.Load(), lineno=1, col_offset=0))], [])))
attempt('expr lineno', lambda: cm(ast.Expression(ast.Constant(1)), 'eval'))
attempt('id type', lambda: cm(ast.Module([ast.Expr(ast.Name(3, ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], [])))
attempt('id None', lambda: cm(ast.Module([ast.Expr(ast.Name(None, ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], [])))
attempt('value None', lambda: cm(ast.Module([ast.Expr(None, lineno=1, col_offset=0)], [])))
attempt('value int', lambda: cm(ast.Module([ast.Expr(5, lineno=1, col_offset=0)], [])))
attempt('lineno str', lambda: cm(ast.Module([ast.Expr(ast.Constant(1, lineno='a', col_offset=0), lineno=1, col_offset=0)], [])))
attempt('lineno big', lambda: cm(ast.Module([ast.Expr(ast.Constant(1, lineno=2**40, col_offset=0), lineno=1, col_offset=0)], [])))
attempt('body not list', lambda: cm(ast.Module(ast.Pass(), [])))
attempt('no type_ignores', lambda: cm(ast.Module([], None)))
attempt('missing type_ignores', lambda: cm(ast.Module([])))
attempt('stmt as expr', lambda: cm(ast.Expression(ast.Pass(lineno=1, col_offset=0)), 'eval'))
attempt('wrong mode', lambda: cm(ast.Module([], []), 'eval'))
attempt('wrong mode 2', lambda: cm(mk('x'), 'single'))
attempt('op None', lambda: cm(ast.Expression(ast.BinOp(ast.Constant(1, lineno=1, col_offset=0), None, ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)), 'eval'))
attempt('op class', lambda: cm(ast.Expression(ast.BinOp(ast.Constant(1, lineno=1, col_offset=0), ast.Add, ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)), 'eval'))
attempt('left None', lambda: cm(ast.Expression(ast.BinOp(None, ast.Add(), ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)), 'eval'))
tr = mk('match x:\n case 1: pass'); tr.body[0].cases[0].pattern = ast.MatchValue(ast.Name('y', ast.Load()), lineno=1, col_offset=0)
attempt('pattern end', lambda: cm(tr))
attempt('not an AST', lambda: compile(3, '<x>', 'exec'))
attempt('bad mode', lambda: compile('x', '<x>', 'bogus', ast.PyCF_ONLY_AST))
attempt('func_type needs flag', lambda: compile('x', '<x>', 'func_type'))

# Errors of the validator.
tr = mk('x = 1'); tr.body[0].targets[0].ctx = ast.Load(); attempt('store ctx', lambda: cm(tr))
tr = mk('x'); tr.body[0].value.ctx = ast.Del(); attempt('del ctx', lambda: cm(tr))
tr = mk('f() + 1'); tr.body[0].value.left = ast.Call(ast.Name('f', ast.Load()), [], [], lineno=1, col_offset=0)
attempt('call ok', lambda: cm(ast.fix_missing_locations(tr)))
tr = mk('del x'); tr.body[0].targets = []; attempt('empty del', lambda: cm(tr))
tr = mk('x = 1'); tr.body[0].targets = []; attempt('empty assign', lambda: cm(tr))
tr = mk('f(x)'); tr.body[0].value.args = [None]; attempt('None arg', lambda: cm(tr))
tr = mk('a < b'); tr.body[0].value.ops = []; attempt('no ops', lambda: cm(tr))
tr = mk('a < b'); tr.body[0].value.comparators = []; attempt('no comparators', lambda: cm(tr))
tr = mk('a and b'); tr.body[0].value.values.pop(); attempt('short BoolOp', lambda: cm(tr))
tr = mk('{1: 2}'); tr.body[0].value.keys = []; attempt('dict lengths', lambda: cm(tr))
tr = mk('import x'); tr.body[0].names = []; attempt('empty import', lambda: cm(tr))
tr = mk('from . import x'); tr.body[0].level = -1; attempt('negative level', lambda: cm(tr))
tr = mk('raise'); tr.body[0].cause = ast.Name('e', ast.Load(), lineno=1, col_offset=0); attempt('cause only', lambda: cm(tr))
tr = mk('try:\n pass\nfinally:\n pass'); tr.body[0].finalbody = []; attempt('bare try', lambda: cm(tr))
tr = mk('try:\n pass\nfinally:\n pass'); tr.body[0].orelse = [ast.Pass(lineno=2, col_offset=1)]
attempt('try else', lambda: cm(tr))
tr = mk('if x: pass'); tr.body[0].body = []; attempt('empty if', lambda: cm(tr))
tr = mk('def f(): pass'); tr.body[0].body = []; attempt('empty def', lambda: cm(tr))
tr = mk('x: int'); tr.body[0].target = ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Store(), lineno=1, col_offset=0)
attempt('simple annassign', lambda: cm(ast.fix_missing_locations(tr)))
tr = mk('[x for x in y]'); tr.body[0].value.generators = []; attempt('no generators', lambda: cm(tr))
tr = mk('def f(a): pass'); tr.body[0].args.defaults = [ast.Constant(1, lineno=1, col_offset=0)] * 2; attempt('defaults', lambda: cm(tr))
tr = mk('def f(*, a): pass'); tr.body[0].args.kw_defaults = []; attempt('kw_defaults', lambda: cm(tr))
tr = mk('x'); tr.body[0].value = ast.Constant([1], lineno=1, col_offset=0); attempt('list constant', lambda: cm(tr))
tr = mk('x'); tr.body[0].value = ast.Constant((1, [2]), lineno=1, col_offset=0); attempt('nested list constant', lambda: cm(tr))
tr = mk('x'); tr.body[0].value.id = 'True'; attempt('Name True', lambda: cm(tr))
tr = mk('x'); tr.body[0].value.ctx = None; attempt('ctx None', lambda: cm(tr))
tr = mk('(x := 1)'); tr.body[0].value.target = ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Store(), lineno=1, col_offset=1); attempt('walrus target', lambda: cm(ast.fix_missing_locations(tr)))
tr = mk('match x:\n case a: pass'); tr.body[0].cases[0].pattern.name = '_'; attempt('capture _', lambda: cm(tr))
tr = mk('match x:\n case 1 | 2: pass'); tr.body[0].cases[0].pattern.patterns.pop(); attempt('MatchOr', lambda: cm(tr))
tr = mk('match x:\n case None: pass'); tr.body[0].cases[0].pattern.value = 3; attempt('singleton', lambda: cm(tr))
tr = mk('match x:\n case [*a]: pass'); tr.body[0].cases[0].pattern = tr.body[0].cases[0].pattern.patterns[0]; attempt('star', lambda: cm(tr))
tr = mk('match x:\n case C(): pass'); tr.body[0].cases[0].pattern.cls = ast.Constant(1, lineno=2, col_offset=6); attempt('class', lambda: cm(tr))
tr = mk('x'); tr.body[0].value.end_lineno = 0; attempt('line range', lambda: cm(tr))
tr = mk('x'); tr.body[0].value.end_col_offset = 0; tr.body[0].value.col_offset = 3; attempt('col range', lambda: cm(tr))
tr = mk('x'); tr.body[0].value.col_offset = -1; attempt('neg col', lambda: cm(tr))

# Errors from the compiler itself come out as SyntaxError.
attempt('nonlocal', lambda: cm(mk('def f():\n  nonlocal x')))
attempt('return', lambda: cm(mk('return 5')))
attempt('break', lambda: cm(mk('break')))
attempt('parse error', lambda: compile('x = (', '<s>', 'exec', ast.PyCF_ONLY_AST))
