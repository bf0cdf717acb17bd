import warnings
def f():
    warnings.warn("careful", UserWarning)
f()
warnings.warn("dep", DeprecationWarning)
def g():
    warnings.warn("lvl2", RuntimeWarning, stacklevel=2)
g()
warnings.warn("again")
warnings.warn("again")
for i in range(2):
    warnings.warn("loop")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("rec1")
    warnings.warn("rec2", FutureWarning)
    print(len(w), w[0].message, w[0].category.__name__, w[1].lineno, str(w[0].message))
warnings.simplefilter("error")
try:
    warnings.warn("boom", UserWarning)
except UserWarning as e:
    print("caught", repr(e))
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="ign.*")
warnings.warn("ignored one")
warnings.warn("shown one")
print(warnings.filters[:2])
import sys
print(sys.stderr is not None)
warnings.showwarning = lambda m, c, f, l, file=None, line=None: print("SHOW", m, c.__name__, l)
warnings.warn("custom")
class PD(PendingDeprecationWarning): pass
warnings.warn("pd", PD)
warnings.formatwarning
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "line text"))
