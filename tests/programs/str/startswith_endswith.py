# startswith/endswith with tuples, start/end, and errors.
s = 'hello world'
print(s.startswith('hell'), s.startswith(('x', 'he')), s.startswith('world', 6), s.startswith('lo', 3, 5), s.startswith(''))
print(s.endswith('ld'), s.endswith(('x', 'y')), s.endswith('hello', 0, 5), s.endswith('o', None, -6), s.endswith('', 20))
print(''.startswith(''), ''.startswith('', 1), 'abc'.startswith('', 3), 'abc'.startswith('', 4))
try:
    s.startswith(['he'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(('a', 1))
except TypeError as e:
    print(type(e).__name__, e)
