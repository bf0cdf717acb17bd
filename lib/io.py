"""The io module: krait's StringIO and BytesIO (in Python), the standard
streams' types and open() from the interpreter (_io), and the abstract
base classes."""

import abc
from _io import (UnsupportedOperation, TextIOWrapper, BufferedWriter, BufferedReader, open,
                 DEFAULT_BUFFER_SIZE)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


def open_code(path):
    return open(path, "rb")


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class of all I/O classes."""


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


for _klass in (TextIOWrapper,):
    TextIOBase.register(_klass)
for _klass in (BufferedReader, BufferedWriter):
    BufferedIOBase.register(_klass)
del _klass


class _MemoryIO:
    """Shared parts of StringIO and BytesIO: a buffer, a position, closing, iteration."""

    def _check_closed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.' if self._bytes else 'I/O operation on closed file')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check_closed()
        return self._pos

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check_closed()
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def _seek_target(self, pos, whence):
        self._check_closed()
        pos = pos.__index__()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            return pos
        if whence == 1:
            if pos != 0 and not self._bytes:
                raise OSError("Can't do nonzero cur-relative seeks")
            return max(0, self._pos + pos)
        if whence == 2:
            if pos != 0 and not self._bytes:
                raise OSError("Can't do nonzero end-relative seeks")
            return max(0, self._size() + pos)
        raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""

    _bytes = False

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._closed = False
        self._parts = []
        self._text = ''
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return f'<_io.StringIO object at {id(self):#x}>'

    def _value(self):
        if self._parts:
            self._text += ''.join(self._parts)
            self._parts = []
        return self._text

    def _size(self):
        return len(self._value())

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def getvalue(self):
        self._check_closed()
        return self._value()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        nl = self._newline
        if nl is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl not in ('', '\n'):
            s = s.replace('\n', nl)
        text = self._text
        pos = self._pos
        if not self._parts and pos == len(text):
            self._parts.append(s)
        else:
            text = self._value()
            if pos == len(text):
                self._parts.append(s)
            else:
                if pos > len(text):
                    text += '\0' * (pos - len(text))
                self._text = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        text = self._value()
        pos = self._pos
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), pos + size)
        if pos >= end:
            return ''
        self._pos = end
        return text[pos:end]

    def readline(self, size=-1):
        self._check_closed()
        text = self._value()
        pos = self._pos
        if pos >= len(text):
            return ''
        nl = self._newline
        if nl == '':
            # Universal newlines: \n, \r\n or \r ends a line.
            i = pos
            n = len(text)
            end = n
            while i < n:
                c = text[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if i + 1 < n and text[i + 1] == '\n' else i + 1
                    break
                i += 1
        else:
            sep = '\n' if nl is None else nl
            i = text.find(sep, pos)
            end = len(text) if i < 0 else i + len(sep)
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return text[pos:end]

    def seek(self, pos, whence=0):
        self._pos = self._seek_target(pos, whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'Negative size value {size}')
        text = self._value()
        if size < len(text):
            self._text = text[:size]
        return size

    def detach(self):
        raise UnsupportedOperation('detach')


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _bytes = True

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0

    def __repr__(self):
        return f'<_io.BytesIO object at {id(self):#x}>'

    def _size(self):
        return len(self._buf)

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(b, (bytes, bytearray)):
            try:
                b = bytes(b)
            except TypeError:
                raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None
        n = len(b)
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_closed()
        buf = self._buf
        pos = self._pos
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        if pos >= end:
            return b''
        self._pos = end
        return bytes(buf[pos:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_closed()
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def seek(self, pos, whence=0):
        self._pos = self._seek_target(pos, whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'negative size value {size}')
        if size < len(self._buf):
            del self._buf[size:]
        return size


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
TextIOBase.register(StringIO)
BufferedIOBase.register(BytesIO)
