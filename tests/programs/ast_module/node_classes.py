# The node classes: hierarchy, _fields/_attributes/__match_args__, class
# defaults, constructor rules, docs, the deprecated aliases, pattern matching
# on nodes, copying.
import ast
import copy

def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)

print(ast.AST._fields, ast.AST._attributes, ast.expr._attributes, ast.stmt._fields, ast.arg._attributes)
print(ast.Name._fields, ast.Name.__match_args__, ast.arguments._fields, ast.comprehension._attributes)
print(ast.Module.__mro__)
print(ast.Load.__mro__, ast.Add.__mro__, ast.MatchAs.__mro__)
print(ast.BinOp.__doc__)
print(ast.stmt.__doc__)
print(ast.expr_context.__doc__, '|', ast.cmpop.__doc__, '|', ast.Pass.__doc__, '|', ast.Load.__doc__)
print(ast.arguments.__doc__, '|', ast.type_ignore.__doc__, '|', ast.excepthandler.__doc__)
print(ast.AST.__module__, ast.Name.__module__, ast.Name.__name__, ast.Name.__qualname__, repr(ast.Name))
print(ast.Constant.kind, ast.Return.value, ast.expr.end_lineno, ast.arg.annotation, ast.ImportFrom.level)
print('end_lineno' in ast.pattern.__dict__, 'lineno' in ast.expr.__dict__)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(sorted(k for k in dir(ast) if isinstance(getattr(ast, k), type) and issubclass(getattr(ast, k), ast.AST)))

# Constructors.
attempt('too many', lambda: ast.BinOp(1, 2, 3, 4))
attempt('none allowed', lambda: ast.Pass(1))
attempt('one', lambda: ast.Return(1, 2))
attempt('AST', lambda: ast.AST(1))
attempt('dup', lambda: ast.Name('x', id='y'))
attempt('extra kw', lambda: ast.Name('x', foo=3).__dict__)
attempt('AST kw', lambda: ast.AST(foo=1).__dict__)
attempt('empty', lambda: ast.Name().__dict__)
attempt('missing', lambda: ast.Name().id)
attempt('default', lambda: ast.Constant().kind)
attempt('no lineno', lambda: ast.Name().lineno)
attempt('end default', lambda: ast.Name().end_lineno)
attempt('reduce', lambda: ast.Name('x').__reduce__()[1:])
attempt('reduce load', lambda: ast.Load().__reduce__()[1:])
attempt('parsed dict', lambda: list(ast.parse('x').body[0].__dict__))
attempt('parsed value', lambda: [(k, type(v).__name__) for k, v in ast.parse('x').body[0].value.__dict__.items()])
print(ast.Load() is ast.Load(), ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)
print(type(ast.parse('x').body[0].value.ctx) is ast.Load, isinstance(ast.parse('1+1').body[0].value.op, ast.operator))

class Sub(ast.Name):
    pass
s = Sub('q', ast.Load())
print(isinstance(s, ast.expr), s.id, ast.dump(s))
ast.Name.note = 'class attribute'
print(ast.Name('z').note)
del ast.Name.note

# Deprecated aliases.
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant('s'), ast.Str))
print(isinstance(ast.Constant(b''), ast.Bytes), isinstance(ast.Constant(None), ast.NameConstant), isinstance(ast.Constant(...), ast.Ellipsis))
print(type(ast.Num(5)).__name__, ast.Num(5).n, ast.Str('x').s, ast.dump(ast.Bytes(b'x')), ast.dump(ast.NameConstant(None)), ast.dump(ast.Ellipsis()))
c = ast.Constant(3)
c.n = 4
print(c.value, c.s, ast.Num.__doc__)
attempt('Num dup', lambda: ast.Num(1, n=2))
print(ast.Index(3), ast.dump(ast.ExtSlice([ast.Name('a')])), ast.Tuple([1], ast.Load()).dims)
print(issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context), issubclass(ast.slice, ast.AST))

# Pattern matching on nodes uses __match_args__ = _fields.
for src in ['f(1)', 'a.b', 'x + 2', '[1, 2]']:
    match ast.parse(src, mode='eval').body:
        case ast.Call(ast.Name(id), [ast.Constant(v)]):
            print('call', id, v)
        case ast.Attribute(value=ast.Name(id=base), attr=attr):
            print('attribute', base, attr)
        case ast.BinOp(left, ast.Add(), ast.Constant(value=n)):
            print('add', ast.unparse(left), n)
        case other:
            print('other', type(other).__name__)

# copy: __reduce__ keeps the fields and positions.
t = ast.parse('a + b')
print(ast.dump(copy.deepcopy(t), include_attributes=True) == ast.dump(t, include_attributes=True))
c = copy.copy(t.body[0])
print(c is not t.body[0], c.value is t.body[0].value)
