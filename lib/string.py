"""String constants, capwords, Template ($-substitution) and Formatter: krait's own string module."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (a single space if sep is None)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class Template:
    """A string class for supporting $-substitutions ($name, ${name}, $$)."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        """Walk the template; returns the substituted text (krait parses without the re module)."""
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = k + 1
                if end < n and _is_ident_start(t[end]):
                    end += 1
                    while end < n and _is_ident_char(t[end]):
                        end += 1
                    if end < n and t[end] == '}':
                        name = t[k + 1:end]
                        out.append(self._lookup(mapping, name, t[j:end + 1], safe))
                        i = end + 1
                        continue
                self._invalid(k, safe, out, d)
                i = k
                continue
            if k < n and _is_ident_start(t[k]):
                end = k + 1
                while end < n and _is_ident_char(t[end]):
                    end += 1
                name = t[k:end]
                out.append(self._lookup(mapping, name, t[j:end], safe))
                i = end
                continue
            self._invalid(k, safe, out, d)
            i = k
        return ''.join(out)

    def _lookup(self, mapping, name, original, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return original
        return str(mapping[name])

    def _invalid(self, i, safe, out, d):
        if safe:
            out.append(d)
            return
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []
        for name in self._names():
            if name not in ids:
                ids.append(name)
        return ids

    def is_valid(self):
        try:
            self._scan(_Everything(), False)
        except ValueError:
            return False
        return True

    def _names(self):
        names = []
        self._scan(_Recorder(names), True)
        return names


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class _Everything:
    def __getitem__(self, key):
        return ''


class _Recorder:
    def __init__(self, names):
        self.names = names

    def __getitem__(self, key):
        self.names.append(key)
        return ''


class Formatter:
    """str.format()'s machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                conversion = None
                spec = ''
                # field_name[!conversion][:format_spec], brackets may hold ':' or '!'.
                k = 0
                bracket = False
                while k < len(field):
                    ch = field[k]
                    if ch == '[':
                        bracket = True
                    elif ch == ']':
                        bracket = False
                    elif not bracket and ch in '!:':
                        break
                    k += 1
                name = field[:k]
                rest = field[k:]
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError('end of string while looking for conversion specifier')
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError('expected \':\' after conversion specifier')
                if rest.startswith(':'):
                    spec = rest[1:]
                yield ''.join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield ''.join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _formatter_field_name_split(field_name):
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            rest.append((True, field_name[i + 1:j]))
            i = j
        else:
            j = field_name.index(']', i)
            key = field_name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
