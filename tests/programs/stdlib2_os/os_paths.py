import os, os.path
from os.path import *
print(os.name, os.sep, repr(os.linesep), os.path.__name__)
for p in ['a/b/c.txt', '/a//b/', '', '/', '//x', '.bashrc', 'a/.b.c', 'a.b/c', '..', 'a/../b/./c/', '///a/b', '../../x']:
    print(repr(p), split(p), splitext(p), basename(p), dirname(p), normpath(p))
print(join('a', 'b', '/c', 'd'), join('a/', 'b'), join('', 'x'))
print(relpath('/a/b/c', '/a/d'), relpath('/a', '/a'), commonprefix(['/usr/lib', '/usr/local']), commonpath(['/usr/lib', '/usr/local']))
print(expanduser('~/x') == os.environ.get('HOME', '~') + '/x', expanduser('~bob/x'))
print(exists('.'), isdir('.'), isfile('.'), exists('nonexistent_zz'), isfile(__file__))
print(abspath('x') == os.getcwd() + '/x', realpath('.') == os.getcwd())
print(os.getenv('NOPE_ZZ'), os.getenv('NOPE_ZZ', 'd'), 'PATH' in os.environ)
os.environ['ZZ_K'] = 'v'
print(os.environ['ZZ_K'], os.getenv('ZZ_K'))
del os.environ['ZZ_K']
try:
    os.environ['ZZ_K']
except KeyError as e:
    print('KeyError', e)
class P:
    def __fspath__(self): return 'p/q'
print(os.fspath(P()), os.fspath('s'), join(P(), 'r'))
try:
    os.fspath(1)
except TypeError as e:
    print(e)
print(type(os.getpid()), len(os.urandom(5)), type(os.urandom(3)))
print('os_paths.py' in os.listdir('.'), 'os_paths.py' in os.listdir())
try:
    os.listdir('/nonexistent_zz')
except FileNotFoundError as e:
    print(e)
print(os.stat('.').st_mode & 0o170000 == 0o040000, isinstance(P(), os.PathLike))
print('x', end='')
os._exit(3)
