# partition/rpartition, strip family, removeprefix/removesuffix.
for s in ['key=value=x', 'novalue', '=', '']:
    print(repr(s), s.partition('='), s.rpartition('='))
try:
    'a'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
print(repr('  \t x y \n '.strip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')), repr('  a '.lstrip()), repr('  a '.rstrip()))
print(repr('\u2003\u3000a\x1c'.strip()), repr('www.example.com'.lstrip('cmowz.')), repr('abc'.strip('')))
print('TestHook'.removeprefix('Test'), 'TestHook'.removesuffix('Hook'), 'abc'.removeprefix('x'), 'abc'.removesuffix(''))
try:
    'a'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
