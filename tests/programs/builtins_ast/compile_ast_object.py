import ast
tree = ast.parse('x = 6 * 7\nprint(x)')
code = compile(tree, '<ast>', 'exec')
exec(code)
expr = ast.parse('1 + 2 * 3', mode='eval')
print(eval(compile(expr, '<ast>', 'eval')))
