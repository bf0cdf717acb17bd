"""Path operations on POSIX paths (os.path): krait's own implementation.

Only str paths (and os.PathLike objects yielding str) are supported; all
functions are pure string manipulation except exists/isfile/isdir/getsize,
which ask the host through posix.
"""

import posix as _posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

__all__ = ['join', 'split', 'splitext', 'basename', 'dirname', 'exists', 'isfile', 'isdir',
           'abspath', 'normpath', 'realpath', 'relpath', 'expanduser', 'commonprefix',
           'commonpath', 'isabs', 'normcase', 'splitdrive', 'getsize', 'lexists', 'islink',
           'sep', 'curdir', 'pardir', 'extsep', 'altsep', 'pathsep', 'defpath', 'devnull']


def _fspath(p):
    if isinstance(p, str):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    r = f(p)
    if not isinstance(r, str):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    return r


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith('/')


def join(a, *p):
    path = _fspath(a)
    for b in p:
        if not isinstance(b, str) and not hasattr(type(b), '__fspath__'):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % type(b).__name__)
        b = _fspath(b)
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        # A leading run of dots in the name is not an extension ('.bashrc').
        i = slash + 1
        while i < dot:
            if p[i] != '.':
                return p[:dot], p[dot:]
            i += 1
    return p, ''


def splitdrive(p):
    return _fspath(p)[:0], _fspath(p)


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    # POSIX allows exactly two leading slashes to mean something special.
    initial = 2 if path.startswith('//') and not path.startswith('///') else (1 if path.startswith('/') else 0)
    out = []
    for comp in path.split('/'):
        if comp == '' or comp == '.':
            continue
        if comp != '..' or (not initial and not out) or (out and out[-1] == '..'):
            out.append(comp)
        elif out:
            out.pop()
    path = '/' * initial + '/'.join(out)
    return path or '.'


def abspath(path):
    path = _fspath(path)
    if not path.startswith('/'):
        path = join(_posix.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    # No symlink resolution: the host interface does not expose readlink.
    return abspath(filename)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError('no path specified')
    start = curdir if start is None else _fspath(start)
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return join(*rel)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    lo = min(split_paths)
    hi = max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return ('/' if paths[0].startswith('/') else '') + '/'.join(common)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: no password database here
    import os
    home = os.environ.get('HOME')
    if home is None:
        home = _posix._homedir()
        if home is None:
            return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def _stat(path):
    try:
        return _posix._stat(_fspath(path))
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat(path) is not None


lexists = exists


def isfile(path):
    st = _stat(path)
    return st is not None and (st[0] & 0o170000) == 0o100000


def isdir(s):
    st = _stat(s)
    return st is not None and (st[0] & 0o170000) == 0o040000


def islink(path):
    return False


def getsize(filename):
    return _posix._stat(_fspath(filename))[6]


def getmtime(filename):
    return _posix._stat(_fspath(filename))[8]
