# Builtin functions: argument handling and CPython's messages.
print(max([3, 1, 2]), max(3, 1, 2), min('bca'), max([], default='d'), max([1, 3, 2], key=lambda x: -x))
print(max([(1, 'a'), (1, 'b')], key=lambda t: t[0]), min([2, 1, 1.0]))
for call in [lambda: max(), lambda: max([]), lambda: max(1, 2, default=0), lambda: min([1], bogus=1), lambda: max(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(10), 5), sum([1, 2.5, True]))
for bad in ['', b'', bytearray()]:
    try:
        sum([], bad)
    except TypeError as e:
        print(e)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(2, -1, 5), pow(-2, 3, 7), pow(2, 3, -5))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), ('a', 2, 3)]:
    try:
        pow(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, 2.0))
for args in [(1, 0), (1.0, 0), ('a', 1)]:
    try:
        divmod(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2), round(1350, -2), round(7))
print(bin(10), oct(-8), hex(255), bin(True), hex(2 ** 70))
print(chr(65), chr(0x1F600) == '\U0001F600', ord('\U0001F600'), ord(b'a'), ord(bytearray(b'z')))
for call in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(''), lambda: ord('ab'), lambda: ord(5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(3.14159, '.2f'), format(42), format('x', '>3'), ascii('é\n\U0001F600'), repr('é'))
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
counter = iter([1, 2, 3, 4]).__next__
print(list(iter(counter, 3)))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta):
    pass
print(isinstance('magic', M), isinstance(1, M), issubclass(int, M), issubclass(str, M), isinstance(1, (str, (int,))))
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(callable(len), callable(1), callable(int), callable(lambda: 0))
class C:
    def __init__(self):
        self.a = 1
c = C()
print(getattr(c, 'a'), getattr(c, 'b', 'dflt'), hasattr(c, 'a'), hasattr(c, 'zz'))
setattr(c, 'b', 2)
delattr(c, 'a')
print(vars(c))
for call in [lambda: getattr(c, 1), lambda: getattr(c), lambda: delattr(c, 'nope')]:
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(eval('1 + 2'), eval('  x * 2', {'x': 4}), eval('y', {}, {'y': 5}))
ns = {}
exec('a = 1\ndef g(): return a + 1\nb = g()', ns)
print(ns['a'], ns['b'], '__builtins__' in ns)
def scope():
    q = 10
    exec('r = q + 1')
    return eval('q'), sorted(locals())
print(scope())
code = compile('print("compiled", n)', '<cmp>', 'exec')
exec(code, {'n': 3})
print(eval(compile('6 * 7', '<e>', 'eval')), type(code).__name__, code.co_filename, code.co_name)
for call in [lambda: eval(1), lambda: exec('1', []), lambda: eval('1', []), lambda: eval('1', {}, 1), lambda: compile('1', 'f', 'bad')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    eval('1 + * 2')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    exec('def f(:\n  pass')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
print(sorted([3, 1, 2], reverse=True), sorted('bca', key=str.upper), all([]), any([]), all([1, 0]), any([0, 2]))
print(len({1: 2}), abs(-3), abs(-2.5), abs(True), hash(1) == hash(1.0), id(c) == id(c))
print(type(print).__name__, repr(len), type(str.upper).__name__, repr(str.upper), str.upper('a'), str.__dict__['upper'].__get__('b')())
print(repr(list.__dict__['append']), repr(int.__add__), type((1).__add__).__name__, repr(dict.__dict__['fromkeys']))
print(repr(type.__dict__['__name__']), type.__dict__['__name__'].__get__(int))
print(repr(Ellipsis), repr(NotImplemented), repr(None), __debug__)
