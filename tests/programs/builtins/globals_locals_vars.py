g_var = 1
print('g_var' in globals(), globals()['__name__'], type(globals()).__name__)
def f(a):
    b = 2
    return sorted(locals().items())
print(f(1))
class C:
    x = 1
    def __init__(self): self.y = 2
print(vars(C())['y'], 'x' in vars(C))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
globals()['dynamic'] = 'made'
print(dynamic)
