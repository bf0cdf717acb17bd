"""POSIX shell-like splitting and quoting: krait's own shlex module (split,
quote, join; the shlex class in POSIX mode with comments and
whitespace_split, which is what split() uses)."""

__all__ = ['shlex', 'split', 'quote', 'join']

_WORDCHARS = ('abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
              'ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes (POSIX mode)."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str) or instream is None:
            self._text = instream or ''
        else:
            self._text = instream.read()
        self.posix = posix
        self.commenters = '#'
        self.wordchars = _WORDCHARS + ('' if not posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self._pos = 0
        self.lineno = 1
        self.eof = None if posix else ''

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token

    def get_token(self):
        return self._read_token()

    def _read_token(self):
        text = self._text
        n = len(text)
        i = self._pos
        # Skip whitespace and comments.
        while i < n:
            c = text[i]
            if c in self.whitespace:
                if c == '\n':
                    self.lineno += 1
                i += 1
            elif c in self.commenters:
                while i < n and text[i] != '\n':
                    i += 1
            else:
                break
        if i >= n:
            self._pos = i
            return self.eof
        token = []
        quoted = False
        while i < n:
            c = text[i]
            if c in self.whitespace:
                break
            if c in self.commenters and not self.whitespace_split:
                break
            if c in self.quotes:
                quoted = True
                q = c
                i += 1
                while True:
                    if i >= n:
                        raise ValueError('No closing quotation')
                    c = text[i]
                    if c == q:
                        i += 1
                        break
                    if c in self.escape and q in self.escapedquotes and i + 1 < n and text[i + 1] in (q, c):
                        token.append(text[i + 1])
                        i += 2
                        continue
                    if c in self.escape and q in self.escapedquotes and i + 1 >= n:
                        raise ValueError('No escaped character')
                    token.append(c)
                    i += 1
                continue
            if c in self.escape:
                if i + 1 >= n:
                    raise ValueError('No escaped character')
                if text[i + 1] != '\n':
                    token.append(text[i + 1])
                i += 2
                continue
            token.append(c)
            i += 1
        self._pos = i
        return ''.join(token) if (token or quoted) else self.eof


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError('s argument must not be None')
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from split_command."""
    return ' '.join(quote(arg) for arg in split_command)


_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_')


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s) and s.isascii():
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
