# Indexing and slicing by code point, including astral (non-BMP) characters.
s = 'a😀b\U0001F680c€'
print(len(s), s[1], s[2], s[-1], s[-2], s[1:4], s[::-1], s[::2], ascii(s))
print([ord(c) for c in s])
print(s.index('b'), s.find('\U0001F680'), s.count('😀'), '😀' in s)
print(s.encode('utf-8'), len(s.encode('utf-8')), len(s.encode('utf-16-le')))
print(s.upper(), s.isprintable(), 'ß'.upper(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()))
t = 'hello'
print(t[0], t[-5], t[1:], t[:-1], t[::3], t[10:], t[-10:2], t[3:1], t[::-2], t[4:0:-1])
for i in (5, -6, 100):
    try:
        t[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    t[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 'H'
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(chr(0x10FFFF) == '\U0010ffff', len(chr(0x10FFFF)), ord('\ud800'), repr('\ud800'))
print(sorted(['b', 'B', 'a', 'é', '😀', 'z', '€']))
print(max('hello😀'), min('hello'), 'a' < 'b' < 'ba', '😀' > '\uffff')
