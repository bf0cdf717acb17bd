import struct
def t(f, *a):
    try:
        print(f.__name__ if hasattr(f,'__name__') else f, a, '->', f(*a))
    except Exception as e:
        print(f.__name__, a, type(e).__name__, e)
for c in 'bBhHiIlLqQnN':
    for pre in ('<', '@'):
        if pre == '<' and c in 'nN': continue
        t(struct.pack, pre + c, 2**70)
        t(struct.pack, pre + c, -1)
        t(struct.pack, pre + c, 1.5)
t(struct.pack, '<n', 1)
t(struct.pack, '<i')
t(struct.pack, '<i', 1, 2)
t(struct.pack, '3s', 'ab')
t(struct.pack, 'c', b'ab')
t(struct.pack, 'd', 'x')
t(struct.pack, 'e', 1e6)
t(struct.pack, 'f', 1e300)
t(struct.unpack, '<i', b'abc')
t(struct.unpack_from, '<i', b'abc', 1)
t(struct.calcsize, '3')
t(struct.calcsize, 'z')
t(struct.calcsize, '@bi')
t(struct.calcsize, '@bq0q')
t(struct.calcsize, '=bi')
t(struct.calcsize, 'P')
t(struct.pack, '?', [])
t(struct.pack, '5p', b'abcdefg')
t(struct.unpack, '5p', b'\x09abcd')
t(struct.pack, '<Q', 2**64-1)
t(struct.pack, 'e', 1.5)
t(struct.pack, 'e', 65504.0)
t(struct.pack, 'e', 65520.0)
t(struct.pack, '>3sx2h?', b'ab', 1, -3, 5)
t(struct.unpack, '>3sx2h?', b'ab\x00\x00\x00\x01\xff\xfd\x01')
t(struct.pack, '@ci', b'x', 7)

print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
s = struct.Struct('<hd')
print(s.size, s.format, s.pack(1, 2.0), s.unpack(s.pack(1, 2.0)))
b = bytearray(12)
struct.pack_into('<hh', b, 2, 5, 6); print(b)
t(struct.pack_into, '<hh', b, 10, 5, 6)
print(struct.unpack('<e', struct.pack('<e', 0.1)), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<e', b'\x01\x00'))
print(struct.pack('>q', -2**63), struct.pack('<I', True))
class I:
    def __index__(self): return 5
print(struct.pack('<i', I()))
t(struct.pack, '<i', '3')
t(struct.iter_unpack, '<h', b'\x01')
t(struct.Struct, 5)

