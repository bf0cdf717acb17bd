import importlib
m = importlib.import_module('mod_simple')
print(m.VALUE)
leaf = importlib.import_module('.inner.leaf', 'pkg_basic')
print(leaf.LEAF)
print(importlib.import_module('pkg_basic.sub').helper())
try:
    importlib.import_module('.x')
except TypeError as e:
    print(type(e).__name__, e)
m2 = importlib.reload(m)
print(m2 is m)
