# split / rsplit with and without separators and maxsplit.
cases = ['a,b,,c', ',a,', '', '   spaced   out  ', 'one', 'a\tb\nc\x0bd\x0ce\x1cf\u2003g']
for s in cases:
    print(repr(s), s.split(), s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(None, 1), s.rsplit(None, 1))
print('a b c'.split(maxsplit=0), 'a b c'.rsplit(maxsplit=1), '  a  '.split(None, 0), '  a  '.rsplit(None, 0))
print('aXXbXXc'.split('XX'), 'aXXXb'.split('XX'), 'XXaXX'.rsplit('XX'), 'aaa'.split('a'), 'a'.split('a', -1))
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.split(1)
except TypeError as e:
    print(type(e).__name__, e)
print('1,2,3'.split(sep=',', maxsplit=1))
