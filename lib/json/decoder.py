"""JSON decoding: a recursive-descent scanner with CPython's json error messages."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_NUMBER_START = '-0123456789'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with msg, doc, pos, lineno and colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s, _w=None):
        """Return the Python representation of s (a str instance containing a JSON document)."""
        end = len(s)
        i = self._skip(s, 0)
        obj, i = self.raw_decode(s, i)
        i = self._skip(s, i)
        if i != end:
            raise JSONDecodeError('Extra data', s, i)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s starting at idx; return (object, end index)."""
        try:
            return self._value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise StopIteration(i)
        c = s[i]
        if c == '"':
            return self._string(s, i + 1)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        if c in _NUMBER_START:
            return self._number(s, i)
        raise StopIteration(i)

    def _number(self, s, i):
        n = len(s)
        start = i
        if s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            while i < n and '0' <= s[i] <= '9':
                i += 1
        else:
            raise StopIteration(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and '0' <= s[i + 1] <= '9':
            i += 2
            while i < n and '0' <= s[i] <= '9':
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and '0' <= s[j] <= '9':
                while j < n and '0' <= s[j] <= '9':
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def _string(self, s, i):
        begin = i - 1
        chunks = []
        n = len(s)
        strict = self.strict
        while True:
            j = i
            while j < n:
                c = s[j]
                if c == '"' or c == '\\' or (c < ' ' and strict):
                    break
                j += 1
            else:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            if j > i:
                chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            e = s[j + 1]
            if e != 'u':
                r = _ESCAPES.get(e)
                if r is None:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                chunks.append(r)
                i = j + 2
                continue
            uni = self._hex4(s, j + 2, j)
            i = j + 6
            if 0xd800 <= uni <= 0xdbff and s[i:i + 2] == '\\u':
                uni2 = self._hex4(s, i + 2, i)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    i += 6
            chunks.append(chr(uni))

    @staticmethod
    def _hex4(s, i, esc):
        h = s[i:i + 4]
        if len(h) == 4 and all(c in '0123456789abcdefABCDEF' for c in h):
            return int(h, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', s, esc + 1)

    def _object(self, s, i):
        pairs = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == '}':
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self._string(s, i + 1)
            key = self.memo.setdefault(key, key)
            i = self._skip(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self._skip(s, i + 1)
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            pairs.append((key, value))
            i = self._skip(s, i)
            if i < len(s) and s[i] == '}':
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def _array(self, s, i):
        values = []
        i = self._skip(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except StopIteration as err:
                raise JSONDecodeError('Expecting value', s, err.value) from None
            values.append(value)
            i = self._skip(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self._skip(s, i + 1)
