from pkg_ns_lazy import *
try:
    print(one.NAME, two.NAME)
except NameError as e:
    print(type(e).__name__, e)
