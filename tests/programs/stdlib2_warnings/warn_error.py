import warnings
warnings.simplefilter("error")
def f():
    warnings.warn("deep", RuntimeWarning, stacklevel=2)
def g():
    f()
try:
    g()
except RuntimeWarning as e:
    print("caught", e)
g()
