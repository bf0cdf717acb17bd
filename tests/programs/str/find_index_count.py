# find/rfind/index/rindex/count with start/end, including negative and out-of-range.
s = 'abracadabra'
print(s.find('a'), s.find('a', 1), s.find('a', -4), s.find('a', 1, 3), s.find('z'), s.find(''), s.find('', 11), s.find('', 12))
print(s.rfind('a'), s.rfind('a', 0, -1), s.rfind('abra'), s.rfind(''), s.rfind('', 3, 5))
print(s.index('c'), s.rindex('b'), s.count('a'), s.count('ab'), s.count(''), s.count('a', 2, -2), 'aaaa'.count('aa'))
print(''.count(''), ''.find(''), 'abc'.find('c', None, None), 'abc'.find('a', 5, 1))
for f in (lambda: s.index('z'), lambda: s.rindex('z', 0, 3)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
print('😀x😀'.find('x'), '😀x😀'.rfind('😀'))
