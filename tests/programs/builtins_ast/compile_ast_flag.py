import ast
t = compile('a = 1', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(t).__name__, ast.dump(t))
e = compile('a + 1', '<s>', 'eval', flags=ast.PyCF_ONLY_AST)
print(ast.dump(e, include_attributes=False))
