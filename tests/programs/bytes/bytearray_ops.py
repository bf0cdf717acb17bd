# bytearray mutation: item/slice assignment, append/extend/insert/pop/remove, in-place ops.
ba = bytearray(b'hello')
ba[0] = 74
ba[1:3] = b'EE'
print(ba)
ba[::2] = b'xyz'
print(ba)
ba.append(33); ba.extend(b'??'); ba.extend([65, 66]); ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('?'))
print(ba)
del ba[0:2]
print(ba, len(ba))
ba += b'++'
ba *= 2
print(ba)
ba.reverse()
print(ba, ba.copy() == ba, ba.copy() is ba)
ba.clear()
print(ba, bytearray(4), bytearray([1, 2]), bytearray('ab', 'ascii'), repr(bytearray()))
for f in [lambda: bytearray(b'a').__setitem__(0, 256), lambda: bytearray(b'a').pop(5), lambda: bytearray().pop(),
          lambda: bytearray(b'a').remove(98), lambda: bytearray(b'abc').__setitem__(slice(0, 3, 2), b'xyz'),
          lambda: bytearray(b'a').__setitem__(0, b'x')]:
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
b2 = bytearray(b'abc')
print(b2.upper(), type(b2.upper()).__name__, b2 + b'd', type(b'd' + b2).__name__, b2 == b'abc', b2[1], b2[1:])
try:
    hash(b2)
except TypeError as e:
    print(type(e).__name__, e)
m = memoryview(b2)
m[0] = 90
print(b2, m.tobytes(), m[1], bytes(m[1:]), len(m), m.readonly)
