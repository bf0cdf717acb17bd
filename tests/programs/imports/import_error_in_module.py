try:
    import mod_raises
except ValueError as e:
    print('caught', e)
import sys
print('mod_raises' in sys.modules)
