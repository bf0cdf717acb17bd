# istitle/title with apostrophes and digits, count of overlapping, zfill on unicode digits, misc.
print('hello'.title(), "o'neil mcdonald".title(), '1st 2nd'.title(), 'hello_world'.title())
print('ABC'.lower().islower(), 'Hello World'.istitle(), 'Hello world'.istitle(), '123'.istitle())
print('a' * 3 + 'b'.join('cd'), 'abc'.join(['1', '2', '3']))
print('x=%(x)s' % {'x': [1]}, '%s' % {'a': 1}, '%s %s' % ([1], (2,)))
print('%-6s|%6s|' % ('ab', 'cd'), '%.1f%%' % 99.95, '%5s' % '😀')
print(str.upper('abc'), str.join('-', 'abc'), str.__add__('a', 'b'))
try:
    str.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
