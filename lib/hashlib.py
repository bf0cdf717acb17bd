"""Secure hashes and message digests: krait's own hashlib module (md5,
sha1, sha224, sha256, sha384, sha512).  The digests are computed by the
built-in _krait_hash module over all the data seen so far, so update() is
cheap and digest() costs one pass."""

import _krait_hash

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))
algorithms_available = algorithms_guaranteed
__all__ = ('new', 'algorithms_guaranteed', 'algorithms_available', 'md5', 'sha1', 'sha224', 'sha256',
           'sha384', 'sha512')

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128)}


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


class _Hash:
    __slots__ = ('name', '_data')

    def __init__(self, name, data=b''):
        self.name = name
        self._data = bytearray(_as_bytes(data))

    @property
    def digest_size(self):
        return _SIZES[self.name][0]

    @property
    def block_size(self):
        return _SIZES[self.name][1]

    def update(self, data):
        self._data += _as_bytes(data)

    def digest(self):
        return _krait_hash.digest(self.name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = _Hash(self.name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


_Hash.__name__ = _Hash.__qualname__ = 'HASH'
_Hash.__module__ = '_hashlib'


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    key = name.lower() if isinstance(name, str) else name
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + str(name))
    return _Hash(key, data)


def _ctor(name):
    def f(string=b'', *, usedforsecurity=True):
        return _Hash(name, string)
    f.__name__ = f.__qualname__ = 'openssl_' + name
    return f


md5 = _ctor('md5')
sha1 = _ctor('sha1')
sha224 = _ctor('sha224')
sha256 = _ctor('sha256')
sha384 = _ctor('sha384')
sha512 = _ctor('sha512')
