m = __import__('math')
print(m.__name__, m.floor(1.5))
p = __import__('os.path')
print(p.__name__, __import__('os.path', fromlist=['join']).__name__)
try:
    __import__('no_such_mod_abc')
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
