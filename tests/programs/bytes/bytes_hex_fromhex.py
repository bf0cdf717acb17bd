print(bytes.fromhex(''), bytes.fromhex('00ff'), bytearray.fromhex('61 62'), b'\x00\xff'.hex(), bytearray(b'ab').hex(), b''.hex())
for bad in ['0', 'zz', '0 0', 'g1']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(b'\x12\x34\x56'.hex('-'), b'\x12\x34\x56'.hex('-', -2), b'\x12\x34\x56'.hex(b':', 1))
