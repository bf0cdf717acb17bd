# splitlines recognises many line boundaries.
s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\n'
print(s.splitlines())
print(s.splitlines(True))
print(''.splitlines(), '\n'.splitlines(), 'x'.splitlines(keepends=True), '\r\n\r'.splitlines(True))
print(b'a\nb\rc\r\nd\x0be'.splitlines(), b'x\n'.splitlines(True))
