import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 111, b'a' * 112, b'a' * 128, bytes(range(256)) * 5]:
        h = hashlib.new(name, data)
        print(name, len(data), h.hexdigest(), h.digest_size, h.block_size)
h = hashlib.sha256()
h.update(b'hello ')
h2 = h.copy()
h.update(bytearray(b'world'))
print(h.hexdigest(), h2.hexdigest(), h.name, hashlib.md5(b'x').digest())
try:
    hashlib.sha1('str')
except TypeError as e:
    print(e)
try:
    hashlib.new('nope')
except ValueError as e:
    print(e)
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha256'}))
