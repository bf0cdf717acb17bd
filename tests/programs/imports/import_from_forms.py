from mod_simple import VALUE, greet as g
print(VALUE, g('x'))
from mod_star import *
print(exported, also)
try:
    not_listed
except NameError as e:
    print(type(e).__name__, e)
try:
    from mod_simple import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, e)
