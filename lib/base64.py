"""Base16, Base32, Base64 (and URL-safe) data encodings: krait's own base64
module.  Pure Python over bytes; errors are binascii.Error (a ValueError
subclass) with CPython's messages."""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'standard_b64encode',
           'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']


class Error(ValueError):
    pass


Error.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = {c: i for i, c in enumerate(_B64)}


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None


def _to_bytes(s):
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(s).tobytes()


def _b64enc(data, alphabet=_B64):
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], alphabet[v & 63]))
    r = n % 3
    if r == 1:
        v = data[-1] << 16
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63])) + b'=='
    elif r == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63])) + b'='
    return bytes(out)


def _b64dec(s, validate):
    # binascii.a2b_base64: skip non-alphabet characters unless validating; padding rules.
    vals = []
    pads = 0
    seen_pad = False
    for c in s:
        if c == 61:  # '='
            seen_pad = True
            pads += 1
            if len(vals) % 4 >= 2 and (len(vals) + pads) % 4 == 0:
                break
            continue
        v = _B64_REV.get(c)
        if v is None:
            if validate:
                raise Error('Only base64 data is allowed')
            continue
        if seen_pad and validate:
            raise Error('Excess data after padding')
        seen_pad = False
        pads = 0
        vals.append(v)
    rem = len(vals) % 4
    if rem == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % len(vals))
    if rem and (len(vals) + pads) % 4 != 0 and not (pads and (len(vals) + pads) % 4 == 0):
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(vals) - rem, 4):
        v = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        out += bytes((v >> 16, (v >> 8) & 255, v & 255))
    if rem == 2:
        v = (vals[-2] << 18) | (vals[-1] << 12)
        out.append(v >> 16)
    elif rem == 3:
        v = (vals[-3] << 18) | (vals[-2] << 12) | (vals[-1] << 6)
        out += bytes((v >> 16, (v >> 8) & 255))
    return bytes(out)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = _b64enc(_to_bytes(s))
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return _b64dec(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _to_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        v = int.from_bytes(chunk.ljust(5, b'\x00'), 'big')
        enc = bytes(alphabet[(v >> (35 - 5 * k)) & 31] for k in range(8))
        nchars = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += enc[:nchars] + b'=' * (8 - nchars)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    rev = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        v = 0
        for c in quanta:
            d = rev.get(c)
            if d is None:
                raise Error('Non-base32 digit found')
            v = (v << 5) | d
        v <<= 5 * (8 - len(quanta))
        out += v.to_bytes(5, 'big')
    if padchars and s:
        keep = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}.get(padchars)
        if keep is None:
            raise Error('Incorrect padding')
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    return _to_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


def encodebytes(s):
    """Encode a bytestring into bytes with newlines every 76 output characters."""
    s = _to_bytes(s)
    pieces = []
    for i in range(0, len(s), 57):
        pieces.append(_b64enc(s[i:i + 57]) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    return _b64dec(_to_bytes(s), False)


def encode(input, output):
    while True:
        s = input.read(57)
        if not s:
            break
        output.write(_b64enc(s) + b'\n')


def decode(input, output):
    output.write(decodebytes(input.read()))
