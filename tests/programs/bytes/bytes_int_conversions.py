# int.to_bytes/from_bytes, bytes of ints, struct packing.
import struct
print(struct.pack('<I', 1), struct.pack('>h', -2), struct.pack('<d', 1.5), struct.calcsize('<iq'))
print(struct.unpack('<I', b'\x01\x00\x00\x00'), struct.unpack('>hh', b'\xff\xfe\x00\x01'))
try:
    struct.pack('<B', 256)
except struct.error as e:
    print(type(e).__name__, e)
print(list(b'\x00\x7f\x80\xff'), [bytes([i]) for i in (0, 10, 92, 127, 128)])
print(bytes(str(123), 'ascii'), int(b'  42 '), float(b'1.5'))
