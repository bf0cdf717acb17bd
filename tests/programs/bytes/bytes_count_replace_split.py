b = b'one two  three'
print(b.split(), b.split(b' '), b.rsplit(b' ', 1), b.count(b'e'), b.replace(b' ', b'_'), b.split(maxsplit=1))
print(b'a\nb\r\nc'.splitlines(), b'a\nb'.splitlines(keepends=True), b'x,y,,z'.split(b','), b''.split(), b''.split(b','))
print(b'hello'.center(9, b'-'), b'42'.rjust(4, b'0'), b'  pad  '.strip(b' p'), b'abc'.startswith(b'ab', 0, 2))
