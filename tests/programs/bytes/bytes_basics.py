# bytes construction, indexing (ints), slicing, repr, errors.
print(bytes(3), bytes([65, 66]), bytes(b'x'), bytes('é', 'utf-8'), bytes(range(5)), bytes(), bytes(bytearray(b'ba')))
b = b'hello\x00\xff'
print(b[0], b[-1], b[1:3], b[::-1], len(b), list(b[:3]), b'l' in b, 108 in b, b'' in b)
print(repr(b'\t\n\r\x7f\x80 \'"'), repr(b"'"), repr(b'"\''), b'a' * 3, b'a' + b'b', b'%d-%s' % (5, b'x'))
for bad in [[256], [-1], 'str', 1.5, ['a']]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'b' in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)
print(b == bytearray(b), b'abc' < b'abd', hash(b'abc') == hash(b'abc'), b'a' == 'a')
print(bytes.fromhex('de ad BE EF'), b'\xde\xad'.hex(), b'\x01\x02\x03'.hex(':'), b'\x01\x02\x03\x04'.hex('-', 2), b'abc'.hex(' ', -1))
try:
    bytes.fromhex('abc')
except ValueError as e:
    print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()), bytes(memoryview(b'mv')))
