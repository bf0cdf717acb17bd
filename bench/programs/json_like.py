"""JSON-like: a pure-Python serializer and recursive-descent parser for a
JSON-like text format (objects, arrays, strings with escapes, ints,
floats, true/false/null), round-tripping generated documents and
rejecting malformed ones.
Exercises string building with lists and join, character dispatch, dicts,
isinstance checks, recursion, and exceptions.
"""
import sys

DEFAULT_SIZE = 500

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
WHITESPACE = " \t\n\r"


class ParseError(ValueError):
    def __init__(self, message, pos):
        ValueError.__init__(self, "%s at offset %d" % (message, pos))
        self.pos = pos


class Writer:
    def __init__(self, indent=None):
        self.indent = indent
        self.parts = []

    def write(self, value, depth=0):
        parts = self.parts
        if value is None:
            parts.append("null")
        elif value is True:
            parts.append("true")
        elif value is False:
            parts.append("false")
        elif isinstance(value, int):
            parts.append(str(value))
        elif isinstance(value, float):
            parts.append(repr(value))
        elif isinstance(value, str):
            self.write_string(value)
        elif isinstance(value, (list, tuple)):
            self.write_list(value, depth)
        elif isinstance(value, dict):
            self.write_dict(value, depth)
        else:
            raise TypeError("cannot serialize %r" % (value,))

    def newline(self, depth):
        if self.indent is not None:
            self.parts.append("\n" + " " * (self.indent * depth))

    def write_string(self, s):
        out = ['"']
        for ch in s:
            esc = ESCAPES.get(ch)
            if esc is not None:
                out.append(esc)
            elif ch < " " or ch > "~":
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        self.parts.append("".join(out))

    def write_list(self, items, depth):
        if not items:
            self.parts.append("[]")
            return
        self.parts.append("[")
        for i, item in enumerate(items):
            if i:
                self.parts.append(",")
            self.newline(depth + 1)
            self.write(item, depth + 1)
        self.newline(depth)
        self.parts.append("]")

    def write_dict(self, d, depth):
        if not d:
            self.parts.append("{}")
            return
        self.parts.append("{")
        first = True
        for key, value in d.items():
            if not first:
                self.parts.append(",")
            first = False
            self.newline(depth + 1)
            self.write_string(key)
            self.parts.append(": " if self.indent is not None else ":")
            self.write(value, depth + 1)
        self.newline(depth)
        self.parts.append("}")


def dumps(value, indent=None):
    w = Writer(indent)
    w.write(value)
    return "".join(w.parts)


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_space(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in WHITESPACE:
            pos += 1
        self.pos = pos

    def expect(self, literal, value):
        if self.text.startswith(literal, self.pos):
            self.pos += len(literal)
            return value
        raise ParseError("expected %r" % literal, self.pos)

    def parse(self):
        value = self.value()
        self.skip_space()
        if self.pos != len(self.text):
            raise ParseError("trailing data", self.pos)
        return value

    def value(self):
        self.skip_space()
        if self.pos >= len(self.text):
            raise ParseError("unexpected end", self.pos)
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "t":
            return self.expect("true", True)
        if ch == "f":
            return self.expect("false", False)
        if ch == "n":
            return self.expect("null", None)
        if ch == "-" or "0" <= ch <= "9":
            return self.number()
        raise ParseError("unexpected %r" % ch, self.pos)

    def number(self):
        text = self.text
        start = pos = self.pos
        if text[pos] == "-":
            pos += 1
        is_float = False
        while pos < len(text):
            ch = text[pos]
            if "0" <= ch <= "9":
                pos += 1
            elif ch in ".eE+-":
                is_float = True
                pos += 1
            else:
                break
        self.pos = pos
        literal = text[start:pos]
        try:
            return float(literal) if is_float else int(literal)
        except ValueError:
            raise ParseError("bad number %r" % literal, start) from None

    def string(self):
        text = self.text
        pos = self.pos + 1
        out = []
        while True:
            end = pos
            while end < len(text) and text[end] != '"' and text[end] != "\\":
                end += 1
            out.append(text[pos:end])
            if end >= len(text):
                raise ParseError("unterminated string", self.pos)
            if text[end] == '"':
                self.pos = end + 1
                return "".join(out)
            esc = text[end + 1:end + 2]
            if esc == "u":
                out.append(chr(int(text[end + 2:end + 6], 16)))
                pos = end + 6
            elif esc in UNESCAPES:
                out.append(UNESCAPES[esc])
                pos = end + 2
            else:
                raise ParseError("bad escape", end)

    def array(self):
        self.pos += 1
        items = []
        self.skip_space()
        if self.text[self.pos:self.pos + 1] == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.skip_space()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                raise ParseError("expected , or ]", self.pos - 1)

    def object(self):
        self.pos += 1
        result = {}
        self.skip_space()
        if self.text[self.pos:self.pos + 1] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            if self.text[self.pos:self.pos + 1] != '"':
                raise ParseError("expected a key", self.pos)
            key = self.string()
            self.skip_space()
            if self.text[self.pos:self.pos + 1] != ":":
                raise ParseError("expected :", self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip_space()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError("expected , or }", self.pos - 1)


def loads(text):
    return Parser(text).parse()


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n


WORDS = ["alpha", "beta", "gamma", "delta", "naïve", "café", "line\nbreak", 'say "hi"',
         "tab\there", "back\\slash", "snow☃man", "", "x", "ünïcödé", "emoji-free"]


def generate(rng, depth):
    kind = rng.next(10 if depth < 4 else 6)
    if kind == 0:
        return rng.next(1000000) - 500000
    if kind == 1:
        return (rng.next(100000) - 50000) / 8.0
    if kind == 2:
        return WORDS[rng.next(len(WORDS))] + str(rng.next(100))
    if kind == 3:
        return (True, False, None)[rng.next(3)]
    if kind == 4:
        return rng.next(1 << 40)
    if kind == 5:
        return WORDS[rng.next(len(WORDS))]
    if kind < 8:
        return [generate(rng, depth + 1) for _ in range(rng.next(6))]
    return {"k%d_%s" % (i, WORDS[rng.next(len(WORDS))]): generate(rng, depth + 1)
            for i in range(rng.next(6))}


BAD_INPUTS = ['{"a": 1,}', '[1, 2', '{"a" 1}', '"abc', '[1, 2] 3', 'tru', '{"x": [1, {"y": -}]}', '"\\q"']


def main(loops):
    rng = Random(12345)
    checksum = 0
    errors = 0
    for i in range(loops):
        doc = {"id": i, "items": [generate(rng, 0) for _ in range(40)]}
        compact = dumps(doc)
        pretty = dumps(doc, indent=2)
        if loads(compact) != doc or loads(pretty) != doc:
            raise AssertionError("round trip failed")
        for j, ch in enumerate(compact):
            checksum = (checksum * 31 + ord(ch) + j) % 1000000007
        checksum = (checksum + len(pretty)) % 1000000007
        for bad in BAD_INPUTS:
            try:
                loads(bad)
            except ParseError as e:
                errors += e.pos
    print("json_like %d %d %d" % (loops, checksum, errors))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
