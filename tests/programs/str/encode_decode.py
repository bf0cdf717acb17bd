# encode/decode with errors handlers.
s = 'héllo €😀'
print(s.encode(), s.encode('utf-8'), s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'xmlcharrefreplace'), s.encode('ascii', 'backslashreplace'))
print(s.encode('utf-16'), s.encode('utf-32-be')[:8])
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
b = b'abc\xff\xfedef'
print(b.decode('latin-1'), b.decode('utf-8', 'replace'), b.decode('utf-8', 'ignore'), b.decode('utf-8', 'backslashreplace'), repr(b.decode('utf-8', 'surrogateescape')))
try:
    b.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(str(b'abc', 'ascii'), str(b'abc'), bytes('é', 'utf-8'), 'x'.encode('UTF8'), 'é'.encode('cp1252'))
try:
    '\ud800'.encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('\ud800'.encode('utf-8', 'surrogatepass'))
