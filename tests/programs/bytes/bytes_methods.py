# bytes methods mirror str methods on ASCII.
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(b' d'), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b','), b.rsplit(None, 1), b.partition(b','), b.rpartition(b'o'), b.replace(b'l', b'L', 2))
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.find(111), b.startswith((b'x', b'  H')), b.endswith(b'  '))
print(b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')]), b'abc'.center(7, b'*'), b'42'.zfill(5), b'a\tb'.expandtabs(4))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' '.isspace(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii(), b'\xe9'.isalpha())
print(b'hello'.translate(bytes.maketrans(b'el', b'ip')), b'hello'.translate(None, b'l'), b'abc'.removeprefix(b'a'))
print(b'\xc3\xa9'.decode(), b'a,b'.split(b',', maxsplit=1), b'x'.ljust(3, b'.'), b'x'.rjust(3))
try:
    b'-'.join(['a'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'abc'.find('a')
except TypeError as e:
    print(type(e).__name__, e)
print(b'%s %r %a %x %c %c' % (b'bs', b'br', 'é', 255, 65, b'Z'))
try:
    b'%s' % 'str'
except TypeError as e:
    print(type(e).__name__, e)
