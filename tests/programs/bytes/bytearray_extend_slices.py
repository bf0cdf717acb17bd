ba = bytearray(b'0123456789')
ba[2:8:2] = b'abc'
print(ba)
ba[8:] = b''
print(ba)
ba[0:0] = b'<<'
print(ba)
del ba[::3]
print(ba)
ba[1:3] = [65, 66, 67]
print(ba)
ba.extend(range(97, 100))
print(ba, ba.index(b'C'), ba.find(98), ba.rfind(b'b'), ba.count(b'a'))
try:
    ba[::2] = b'x'
except ValueError as e:
    print(type(e).__name__, e)
ba2 = bytearray(b'abc')
ba2 *= 0
print(ba2, bytearray(b'ab') * 2, 2 * bytearray(b'c'))
