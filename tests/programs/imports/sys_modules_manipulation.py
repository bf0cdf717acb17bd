import sys
import types
fake = types.ModuleType('fake_mod', 'a fake module')
fake.answer = 42
sys.modules['fake_mod'] = fake
import fake_mod
print(fake_mod.answer, fake_mod.__doc__, fake_mod.__name__)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print('__main__' in sys.modules, sys.modules['__main__'].__name__, 'sys' in sys.modules, 'builtins' in sys.modules)
