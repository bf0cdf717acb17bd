print(bytes(2), bytearray(b'ab'), bytes([1]), memoryview(b'x').tobytes(), bytearray(range(3)))
