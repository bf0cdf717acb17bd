import base64 as B
for d in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256)) + b'\xfb\xff']:
    e = B.b64encode(d)
    print(d, e, B.b64decode(e), B.urlsafe_b64encode(d), B.urlsafe_b64decode(B.urlsafe_b64encode(d)) == d, B.b32encode(d), B.b32decode(B.b32encode(d)) == d, B.b16encode(d), B.b16decode(B.b16encode(d)) == d, B.b32hexencode(d))
print(B.b64decode('Zm9v\nYmFy'), B.b64decode(b'Zm9vYg=='), B.b64decode('Zm9vYg'+ '=='), B.b64encode(b'\xfb\xff', altchars=b'-_'), B.b16decode('abcd', casefold=True), B.b32decode('mzxw6===', casefold=True))
for bad in ['Zm9vY', 'Zm9vYg', 'Zm9=vYg==']:
    try:
        print(B.b64decode(bad))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
try:
    B.b64decode('Zm9v!', validate=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    B.b64encode('str')
except TypeError as e:
    print(e)
try:
    B.b16decode('abc')
except Exception as e:
    print(e)
try:
    B.b32decode('MZXW6')
except Exception as e:
    print(e)
print(B.encodebytes(b'x' * 60), B.decodebytes(B.encodebytes(b'x' * 60)) == b'x' * 60, issubclass(B.binascii.Error if hasattr(B, 'binascii') else ValueError, ValueError))
