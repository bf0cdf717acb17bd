# sys: frames, exc_info, hooks, version and info tuples.
import sys
def inner():
    f = sys._getframe()
    b = sys._getframe(1)
    return f.f_code.co_name, b.f_code.co_name, f.f_back is b, 'inner' in f.f_globals, sorted(b.f_locals)
def outer():
    x = 1
    return inner()
print(outer())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno, type(tb).__name__, sys.exception() is v)
print(sys.version_info >= (3, 11), sys.version_info < (4,), sys.version_info[0:2], sys.version_info.releaselevel, len(sys.version_info))
print(type(sys.float_info).__name__, sys.float_info.radix, sys.int_info.sizeof_digit, sys.hash_info.nan)
print(sys.maxunicode, sys.maxsize.bit_length(), sys.getrecursionlimit(), sys.intern('x'))
sys.displayhook(None)
sys.displayhook([1, 'a'])
import builtins
print(builtins._)
try:
    sys.intern(3)
except TypeError as e:
    print(e)
try:
    sys.setrecursionlimit(2 ** 40)
except OverflowError as e:
    print(e)
print(sys.stdout.write('abc\n'), sys.stderr.write('err\n'))
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
print(sys.stdout.buffer.write(b'raw\n') if False else 'skip', sys.stdout.name, sys.stdout.mode, sys.stderr.errors, sys.stdout.errors)
sys.stdout.writelines(['a', 'b', '\n'])
print(repr(sys.stdin), repr(sys.stdout), repr(sys.stderr))
print(sys.stdin.readline() == '', sys.stdin.read(), sys.stdin.readlines())
print(sys.flags.optimize, sys.flags.dev_mode, sys.dont_write_bytecode is True or sys.dont_write_bytecode is False)
sys.exit((1, 'x'))
