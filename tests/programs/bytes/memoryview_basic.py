m = memoryview(b'abcdef')
print(m[0], m[1:3].tobytes(), m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.tolist()[:3], bytes(m[::2]))
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[1:] = b'YZ'
print(ba, mv == b'xYZ', mv.hex())
m.release()
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
