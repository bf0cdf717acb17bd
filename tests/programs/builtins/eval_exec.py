print(eval('1 + 2'), eval('x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}), eval(' 3 '))
g = {}
exec('a = 5\ndef f(): return a * 2', g)
print(g['a'], g['f'](), '__builtins__' in g)
ns = {}
exec('import math\nr = math.floor(2.5)', ns)
print(ns['r'])
print(eval('[i for i in range(3)]'), eval('lambda q: q + 1')(1))
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec('raise ValueError("inside exec")')
except ValueError as e:
    print(type(e).__name__, e)
print(exec('1'), eval('None'))
x = 'module x'
def scope():
    x = 'local x'
    return eval('x')
print(scope())
code = compile('3 * 7', '<str>', 'eval')
print(eval(code), type(code).__name__)
exec(compile('print("compiled exec")', '<s>', 'exec'))
exec(compile('1 + 1', '<s>', 'single'))
try:
    compile('x', '<s>', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
