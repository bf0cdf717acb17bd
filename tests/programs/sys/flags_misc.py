import sys
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.hash_randomization in (0, 1))
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(callable(sys.exc_info), callable(sys.getsizeof), sys.intern('abc') == 'abc')
