import ast
mod = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id='print', ctx=ast.Load()), args=[ast.Constant(value='built by hand')], keywords=[]))], type_ignores=[])
ast.fix_missing_locations(mod)
exec(compile(mod, '<hand>', 'exec'))
bad = ast.Module(body=[ast.Expr(value=ast.Name(id='x', ctx=ast.Store()))], type_ignores=[])
ast.fix_missing_locations(bad)
try:
    compile(bad, '<bad>', 'exec')
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile(ast.Expression(body=ast.Constant(1)), '<e>', 'eval')
except TypeError as e:
    print(type(e).__name__, e)
