"""Packing and unpacking of C structs as bytes: krait's own struct module.

Formats are parsed once into (code, count, offset, size) items and cached,
like CPython's Modules/_struct.c prepare_s.  Integers go through
int.to_bytes/from_bytes; floats through the built-in _krait_float helpers
(IEEE 754 single/double/half).  Native mode ('@', the default) uses the
sizes and alignment of a 64-bit Linux build; error messages follow
_struct.c (its range checks differ by code, see _int_range).
"""

import _krait_float

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

_NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
                 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8,
                 's': 1, 'p': 1, 'P': 8}
_STD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
              'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_UNSIGNED_LONG = 'ILQNP'   # converted with PyLong_AsUnsignedLong(Long): negatives are out of range
_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}

_cache = {}


def _parse(fmt):
    """(byteorder, native, items, size, nargs) for a format string."""
    r = _cache.get(fmt)
    if r is not None:
        return r
    s = fmt
    little = True
    native = True
    if s and s[0] in '@=<>!':
        c = s[0]
        s = s[1:]
        native = c == '@'
        little = c in '@=<'
    sizes = _NATIVE_SIZES if native else _STD_SIZES
    items = []
    offset = 0
    nargs = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if '0' <= c <= '9':
            j = i
            while j < n and '0' <= s[j] <= '9':
                j += 1
            count = int(s[i:j])
            if j >= n:
                raise error('repeat count given without format specifier')
            i = j
            c = s[i]
        i += 1
        size = sizes.get(c)
        if size is None:
            raise error('bad char in struct format')
        if native and c not in 'xcbB?sp':
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            items.append((c, count, offset, count))
            offset += count
            nargs += 1
        elif c == 'x':
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, offset, size))
                offset += size
                nargs += 1
    r = (little, native, tuple(items), offset, nargs)
    if len(_cache) > 200:
        _cache.clear()
    _cache[fmt] = r
    return r


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    idx = getattr(type(v), '__index__', None)
    if idx is None:
        raise error('required argument is not an integer')
    return idx(v)


def _pack_int(c, v, size, little):
    v = _as_int(v)
    if c in _UNSIGNED_LONG:
        if v < 0 or v >= 1 << 64:
            raise error('argument out of range')
        if v >= 1 << (8 * size):
            raise error("'%s' format requires 0 <= number <= %d" % (c, (1 << (8 * size)) - 1))
    else:
        if not -(1 << 63) <= v < 1 << 63:
            raise error('argument out of range')
        if c in 'BH':
            hi = (1 << (8 * size)) - 1
            if not 0 <= v <= hi:
                raise error('%s format requires 0 <= number <= %d' % (_NAMED[c], hi))
        elif size < 8:
            lo = -(1 << (8 * size - 1))
            if not lo <= v <= -lo - 1:
                what = _NAMED[c] if c in _NAMED else "'%s'" % c
                raise error('%s format requires %d <= number <= %d' % (what, lo, -lo - 1))
        if v < 0:
            v += 1 << (8 * size)
    return v.to_bytes(size, 'little' if little else 'big')


def _pack_float(c, v, size, little, native):
    if not isinstance(v, float):
        f = getattr(type(v), '__float__', None)
        if f is None:
            idx = getattr(type(v), '__index__', None)
            if idx is None:
                raise error('required argument is not a float')
            v = float(idx(v))
        else:
            v = f(v)
    if native and c == 'f' and v == v and abs(v) > 3.4028234663852886e+38 and abs(v) != float('inf'):
        # A native C cast to float overflows to infinity instead of raising.
        v = float('inf') if v > 0 else float('-inf')
    return _krait_float.pack(v, size, little)


def _pack_to(fmt, args, buf, base):
    little, native, items, size, nargs = _parse(fmt)
    if len(args) != nargs:
        raise error('pack expected %d items for packing (got %d)' % (nargs, len(args)))
    for (c, count, off, sz), v in zip(items, args):
        off += base
        if c in 'bBhHiIlLqQnNP':
            b = _pack_int(c, v, sz, little)
        elif c in 'efd':
            b = _pack_float(c, v, sz, little, native)
        elif c == '?':
            b = b'\x01' if v else b'\x00'
        elif c == 'c':
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            b = bytes(v)
        elif c == 's':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object")
            b = bytes(v[:count]).ljust(count, b'\x00')
        else:  # 'p'
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 'p' must be a bytes object")
            if count == 0:
                b = b''
            else:
                data = bytes(v[:count - 1])
                b = (bytes([min(len(data), 255)]) + data).ljust(count, b'\x00')
        buf[off:off + len(b)] = b
    return size


def _unpack_at(fmt, data, base):
    little, native, items, size, nargs = _parse(fmt)
    order = 'little' if little else 'big'
    out = []
    for c, count, off, sz in items:
        off += base
        chunk = data[off:off + sz]
        if c in 'bBhHiIlLqQnNP':
            out.append(int.from_bytes(chunk, order, signed=c in 'bhilqn'))
        elif c in 'efd':
            out.append(_krait_float.unpack(bytes(chunk), little))
        elif c == '?':
            out.append(chunk != b'\x00')
        elif c == 'c' or c == 's':
            out.append(bytes(chunk))
        else:  # 'p'
            n = min(chunk[0], count - 1) if count else 0
            out.append(bytes(chunk[1:1 + n]))
    return tuple(out)


def _buffer(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    return memoryview(b).tobytes()


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _parse(_fmtstr(format))[3]


def _fmtstr(format):
    if isinstance(format, str):
        return format
    if isinstance(format, (bytes, bytearray)):
        return bytes(format).decode('ascii')
    raise TypeError('Struct() argument 1 must be a str or bytes object, not ' + type(format).__name__)


def pack(format, *args):
    """Return a bytes object containing the values packed according to the format string."""
    format = _fmtstr(format)
    buf = bytearray(_parse(format)[3])
    _pack_to(format, args, buf, 0)
    return bytes(buf)


def pack_into(format, buffer, offset, *args):
    """Pack the values into a writable buffer starting at offset."""
    format = _fmtstr(format)
    size = _parse(format)[3]
    n = len(buffer)
    if offset < 0:
        if offset + size > 0:
            raise error('no space to pack %d bytes at offset %d' % (size, offset))
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, n))
        offset += n
    if n - offset < size:
        raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, n))
    tmp = bytearray(size)
    _pack_to(format, args, tmp, 0)
    buffer[offset:offset + size] = tmp


def unpack(format, buffer, /):
    """Unpack the buffer according to the format string; its size must be calcsize(format)."""
    format = _fmtstr(format)
    data = _buffer(buffer)
    size = _parse(format)[3]
    if len(data) != size:
        raise error('unpack requires a buffer of %d bytes' % size)
    return _unpack_at(format, data, 0)


def unpack_from(format, /, buffer, offset=0):
    """Unpack from the buffer starting at offset."""
    format = _fmtstr(format)
    data = _buffer(buffer)
    size = _parse(format)[3]
    n = len(data)
    if offset < 0:
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, n))
        offset += n
    if n - offset < size:
        if offset > n:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)'
                        % (size + offset, size, offset, n))
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, n))
    return _unpack_at(format, data, offset)


class _UnpackIterator:
    def __init__(self, fmt, data, size):
        self._fmt = fmt
        self._data = data
        self._size = size
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        r = _unpack_at(self._fmt, self._data, self._pos)
        self._pos += self._size
        return r

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._size


_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = 'unpack_iterator'
_UnpackIterator.__module__ = '_struct'


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the buffer."""
    format = _fmtstr(format)
    data = _buffer(buffer)
    size = _parse(format)[3]
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(data) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return _UnpackIterator(format, data, size)


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        self._fmt = _fmtstr(format)
        self.size = _parse(self._fmt)[3]

    @property
    def format(self):
        return self._fmt

    def pack(self, *args):
        return pack(self._fmt, *args)

    def pack_into(self, buffer, offset, *args):
        return pack_into(self._fmt, buffer, offset, *args)

    def unpack(self, buffer, /):
        return unpack(self._fmt, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._fmt, buffer, offset)

    def iter_unpack(self, buffer, /):
        return iter_unpack(self._fmt, buffer)


Struct.__module__ = '_struct'
