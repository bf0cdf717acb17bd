"""JSON encoding (CPython's json.encoder behaviour, krait's own code)."""

__all__ = ['JSONEncoder']

_ESC = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESC.setdefault(chr(_i), '\\u%04x' % _i)
del _i

INFINITY = float('inf')


def py_encode_basestring(s):
    """Return a JSON representation of a Python string."""
    return '"' + ''.join(_ESC.get(c, c) for c in s) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string."""
    out = []
    for c in s:
        e = _ESC.get(c)
        if e is not None:
            out.append(e)
        elif c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode o and yield each string representation as available."""
        markers = {} if self.check_circular else None
        enc = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        chunks = []
        self._encode(o, 0, chunks, markers, enc, indent)
        return iter(chunks)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _encode(self, o, level, out, markers, enc, indent):
        if isinstance(o, str):
            out.append(enc(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._list(o, level, out, markers, enc, indent)
        elif isinstance(o, dict):
            self._dict(o, level, out, markers, enc, indent)
        else:
            if markers is not None:
                mid = id(o)
                if mid in markers:
                    raise ValueError('Circular reference detected')
                markers[mid] = o
            self._encode(self.default(o), level, out, markers, enc, indent)
            if markers is not None:
                del markers[mid]

    def _mark(self, o, markers):
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers[mid] = o

    def _list(self, lst, level, out, markers, enc, indent):
        if not lst:
            out.append('[]')
            return
        self._mark(lst, markers)
        out.append('[')
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            newline = None
            sep = self.item_separator
        first = True
        for v in lst:
            if not first:
                out.append(sep)
            first = False
            self._encode(v, level, out, markers, enc, indent)
        if newline is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        if markers is not None:
            del markers[id(lst)]

    def _dict(self, dct, level, out, markers, enc, indent):
        if not dct:
            out.append('{}')
            return
        self._mark(dct, markers)
        out.append('{')
        if indent is not None:
            level += 1
            newline = '\n' + indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            newline = None
            sep = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = self._float(k)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(enc(k))
            out.append(self.key_separator)
            self._encode(v, level, out, markers, enc, indent)
        if newline is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        if markers is not None:
            del markers[id(dct)]
