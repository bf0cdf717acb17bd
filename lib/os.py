"""Operating-system interfaces: krait's own os module.

Everything that touches the outside world goes through the built-in posix
module (src/modules/posix.ts), which asks the host.  os.environ starts as a
copy of the host's environment; changes stay inside this process (there is
no putenv).
"""

import sys
import posix as _posix
from posix import getcwd, listdir, getpid, urandom, _exit
import posixpath as path
from _collections_abc import MutableMapping as _MutableMapping

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    cls = type(path)
    try:
        f = cls.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + cls.__name__) from None
    r = f(path)
    if isinstance(r, (str, bytes)):
        return r
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (cls.__name__, type(r).__name__))


import abc as _abc


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


class _Environ(_MutableMapping):
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError('str expected, not ' + type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not ' + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not ' + type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _MutableMapping) and not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new


environ = _Environ(dict(_posix._environ_items()))


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


class stat_result(tuple):
    n_sequence_fields = 10
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, seq):
        seq = tuple(seq)
        ints = tuple(int(x) for x in seq[7:10])
        self = tuple.__new__(cls, seq[:7] + ints)
        self._float_times = seq[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._float_times[0])
    st_mtime = property(lambda self: self._float_times[1])
    st_ctime = property(lambda self: self._float_times[2])

    def __repr__(self):
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self))


def stat(path):
    return stat_result(_posix._stat(fspath(path)))


def getcwdb():
    return getcwd().encode()


def get_terminal_size(fd=1):
    raise OSError(25, 'Inappropriate ioctl for device')


def cpu_count():
    return 1


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        (dirs if path.isdir(path.join(top, n)) else nondirs).append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs
