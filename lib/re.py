"""Regular expressions (Lib/re/__init__.py's API) for krait.

Patterns are translated to the host's RegExp engine by the _krait_re module
(src/modules/re.ts, re_translate.ts); this file provides Python's classes and
functions on top: Pattern, Match, error, flags, templates for sub(), and the
group rules of findall() and split().
"""

import enum
import _krait_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_FLAG_NAMES = [
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
    (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"),
]


def _flags_repr(value):
    names = []
    for bit, name in _FLAG_NAMES:
        if value & bit:
            names.append("re." + name)
            value &= ~bit
    if value:
        names.append(hex(value))
    return "|".join(names)


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            return "~" + _flags_repr(~v)
        return _flags_repr(v)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if not (flags & DEBUG) and not isinstance(pattern, bytearray):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | TEMPLATE)


_special_chars = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars).encode('latin1')


_MISSING = object()


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ('pattern', 'flags', 'groups', 'groupindex', '_code', '__weakref__')

    def __init__(self, pattern, flags):
        code, fl, groups, names = _krait_re.compile(pattern, flags, error)
        self.pattern = pattern
        self.flags = fl
        self.groups = groups
        self.groupindex = _MappingProxy(dict(names))
        self._code = code

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if flags:
            return 're.compile(%s, %s)' % (p, _flags_repr(flags))
        return 're.compile(%s)' % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _m(self, string, pos, endpos, mode):
        spans = _krait_re.match(self._code, string, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._m(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._m(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._m(string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=None):
        for spans in _krait_re.scan(self._code, string, pos, endpos, 0):
            yield Match(self, string, pos, endpos, spans)

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        return _krait_re.findall(self._code, string, pos, endpos)

    def split(self, string, maxsplit=0):
        return _krait_re.split(self._code, string, maxsplit)

    def _subx(self, repl, string, count):
        if callable(repl):
            filt = repl
            literal = None
        else:
            literal, filt = _compile_repl(self, repl)
        if count < 0:
            return string[0:0] + string, 0
        if literal is not None:
            return _krait_re.sub_literal(self._code, string, literal, count)
        pieces = []
        last = 0
        n = 0
        for sp in _krait_re.scan(self._code, string, 0, None, count):
            pieces.append(string[last:sp[0]])
            if literal is not None:
                pieces.append(literal)
            else:
                r = filt(Match(self, string, 0, None, sp))
                if r is not None:
                    if literal is None and filt is repl and not isinstance(r, (str, bytes, bytearray)):
                        raise TypeError("expected str instance, %s found" % type(r).__name__
                                        if isinstance(string, str) else
                                        "expected a bytes-like object, %s found" % type(r).__name__)
                    pieces.append(r)
            last = sp[1]
            n += 1
        pieces.append(string[last:])
        joiner = '' if isinstance(string, str) else b''
        result = joiner.join(pieces)
        if isinstance(string, bytearray):
            result = bytes(result)
        return result, n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))


Pattern.__module__ = 're'


class _MappingProxy(dict):
    """groupindex: a read-only mapping (CPython returns a mappingproxy)."""

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __repr__(self):
        return 'mappingproxy(%s)' % dict.__repr__(self)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._it = None

    def _next(self, mode):
        p = self.pattern
        spans = _krait_re.match(p._code, self._string, self._pos, self._endpos, mode)
        if spans is None:
            return None
        m = Match(p, self._string, self._pos, self._endpos, spans)
        self._pos = spans[1] + (1 if spans[0] == spans[1] else 0)
        return m

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


class Match:
    """The result of re.match() and re.search()."""

    __slots__ = ('re', 'string', 'pos', 'endpos', '_spans')

    def __init__(self, pattern, string, pos, endpos, spans):
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos is None or endpos > n:
            endpos = n
        elif endpos < 0:
            endpos = 0
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _index(self, g):
        if isinstance(g, int) or hasattr(type(g), '__index__') and not isinstance(g, (str, bytes)):
            try:
                i = g.__index__()
            except Exception:
                raise IndexError("no such group")
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        try:
            return self.re.groupindex[g]
        except (KeyError, TypeError):
            raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._spans[2 * i]
        if s < 0:
            return default
        string = self.string
        if type(string) is not str and type(string) is not bytes:
            string = bytes(string) if not isinstance(string, str) else str(string)
        return string[s:self._spans[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # the group that closed last: the one with the greatest end, the outermost on ties
        best = None
        best_end = -1
        sp = self._spans
        for i in range(1, self.re.groups + 1):
            if sp[2 * i] >= 0 and sp[2 * i + 1] > best_end:
                best, best_end = i, sp[2 * i + 1]
            elif sp[2 * i] >= 0 and sp[2 * i + 1] == best_end and best is not None and sp[2 * i] < sp[2 * best]:
                best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, j in self.re.groupindex.items():
            if j == i:
                return name
        return None

    def expand(self, template):
        literal, filt = _compile_repl(self.re, template)
        if literal is not None:
            return literal
        return filt(self)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50] if False else _trunc_repr(self.group(0)))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _trunc_repr(s):
    r = repr(s)
    return r[:50] if len(r) > 50 else r


Match.__module__ = 're'

# ---- replacement templates (_parser.parse_template / expand_template) ----

_template_cache = {}
_ESCAPES = {'a': 7, 'b': 8, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _compile_repl(pattern, repl):
    key = (pattern, type(repl), repl)
    try:
        return _template_cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(repl, (bytes, bytearray)):
        if isinstance(pattern.pattern, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        text = str(bytes(repl), 'latin1')
        is_bytes = True
    elif isinstance(repl, str):
        if not isinstance(pattern.pattern, str):
            raise TypeError("expected a bytes-like object, %s found" % type(repl).__name__)
        text = repl
        is_bytes = False
    else:
        raise TypeError("expected str instance, %s found" % type(repl).__name__)
    if '\\' not in text:
        result = (repl if not isinstance(repl, bytearray) else bytes(repl), None)
    else:
        items = _parse_template(text, pattern, repl)
        if len(items) == 1 and isinstance(items[0], str):
            lit = items[0].encode('latin1') if is_bytes else items[0]
            result = (lit, None)
        elif not items:
            result = (b'' if is_bytes else '', None)
        else:
            if is_bytes:
                items = [x.encode('latin1') if isinstance(x, str) else x for x in items]
            empty = b'' if is_bytes else ''

            def filt(m, items=items, empty=empty):
                out = []
                for x in items:
                    if isinstance(x, int):
                        g = m.group(x)
                        if g is not None:
                            out.append(g)
                    else:
                        out.append(x)
                return empty.join(out)
            result = (None, filt)
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    try:
        _template_cache[key] = result
    except TypeError:
        pass
    return result


def _parse_template(text, pattern, source):
    items = []
    lit = []
    groups = pattern.groups
    n = len(text)
    i = 0

    def fail(msg, pos):
        raise error(msg, source, pos)

    def addgroup(index, pos):
        if index > groups:
            fail("invalid group reference %d" % index, pos)
        if lit:
            items.append(''.join(lit))
            del lit[:]
        items.append(index)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            fail("bad escape (end of pattern)", start)
        c = text[i + 1]
        i += 2
        if c == 'g':
            if i >= n or text[i] != '<':
                fail("missing <", i)
            j = text.find('>', i + 1)
            if j < 0:
                if i + 1 >= n:
                    fail("missing group name", i + 1)
                fail("missing >, unterminated name", i + 1)
            name = text[i + 1:j]
            if not name:
                fail("missing group name", i + 1)
            if name.isidentifier():
                try:
                    index = pattern.groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    fail("bad character in group name %r" % name, i + 1)
            i = j + 1
            addgroup(index, i - len(name) - 1)
        elif c == '0':
            digits = ''
            while len(digits) < 2 and i < n and text[i] in '01234567':
                digits += text[i]
                i += 1
            lit.append(chr(int('0' + digits, 8) & 0xff))
        elif c in '0123456789':
            this = c
            isoctal = False
            if i < n and text[i] in '0123456789':
                this += text[i]
                i += 1
                if c in '01234567' and this[1] in '01234567' and i < n and text[i] in '01234567':
                    this += text[i]
                    i += 1
                    isoctal = True
                    v = int(this, 8)
                    if v > 0o377:
                        fail('octal escape value \\%s outside of range 0-0o377' % this, start)
                    lit.append(chr(v))
            if not isoctal:
                addgroup(int(this), start + 1)
        elif c in _ESCAPES:
            lit.append(chr(_ESCAPES[c]))
        elif c in _ASCIILETTERS:
            fail('bad escape \\%s' % c, start)
        else:
            lit.append('\\' + c)
    if lit:
        items.append(''.join(lit))
    return items
