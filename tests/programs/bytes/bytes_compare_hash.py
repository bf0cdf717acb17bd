print(b'a' < b'b', b'ab' < b'a', b'' < b'\x00', b'abc' == bytearray(b'abc'), bytearray(b'x') < b'y', b'A' == 65)
print(hash(b'') == hash(b''), {b'k': 1}[b'k'], b'k' in {b'k'}, len({b'a', b'a'}))
print(sorted([b'b', b'a', b'ab', b'']), max(b'hello'), min(bytearray(b'zy')))
