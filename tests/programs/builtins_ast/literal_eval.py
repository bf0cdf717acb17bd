import ast
print(ast.literal_eval('[1, (2, 3), {"a": None}, -4.5, 1+2j, {1, 2}, b"x", True]'))
for bad in ['x', '1 + x', '__import__("os")', 'f()']:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print(type(e).__name__, str(e).split(':')[0])
