# Exception attributes and str/repr of the builtin exception classes.
for args in [(), (1,), ('a', 1)]:
    e = KeyError(*args)
    print(repr(e), repr(str(e)), e.args)
e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
print(type(OSError(13, 'denied')).__name__, type(OSError(999, 'x')).__name__, type(OSError('plain')).__name__)
print(str(OSError(1, 'a', 'b', None, 'c')), str(OSError(1)), repr(OSError()))
print(BlockingIOError(11, 'w', 5).characters_written)
s = SyntaxError('bad', ('f/g.py', 3, 4, 'x y\n', 3, 6))
print(str(s), s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(str(SyntaxError('m', (None, 2, 1, 't'))), str(SyntaxError('only')))
print(StopIteration(5, 6).value, SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code)
ie = ImportError('msg', name='mod', path='/p')
print(ie.msg, ie.name, ie.path, str(ie), str(ImportError('a', 'b')))
try:
    ImportError(x=1)
except TypeError as t:
    print(t)
try:
    ValueError(a=1)
except TypeError as t:
    print(t)
print(NameError('n', name='q').name, AttributeError('a', name='n', obj=3).obj)
ue = UnicodeEncodeError('ascii', 'h\xe9llo', 1, 2, 'ordinal not in range(128)')
print(str(ue), ue.encoding, ue.object, ue.start, ue.end, ue.reason)
print(str(UnicodeEncodeError('ascii', 'abc\U0001f600', 3, 4, 'r')), str(UnicodeEncodeError('ascii', 'abcd', 1, 3, 'r')))
ud = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid start byte')
print(str(ud), ud.object, str(UnicodeDecodeError('utf-8', b'ab', 0, 2, 'x')))
print(str(UnicodeTranslateError('\u1234', 0, 1, 'nope')))
e = ValueError('v')
e.args = [1, 2]
print(e.args, str(e))
try:
    del e.args
except TypeError as t:
    print(t)
for bad in [1, 'x']:
    try:
        e.__cause__ = bad
    except TypeError as t:
        print(t)
e.__cause__ = None
print(e.__suppress_context__)
try:
    e.__suppress_context__ = 1
except TypeError as t:
    print(t)
e.add_note('n1')
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print(t)
print(ValueError(1).with_traceback(None).args)
try:
    ValueError().with_traceback(5)
except TypeError as t:
    print(t)
print(ValueError('x').__reduce__(), KeyError().__dict__)
print(issubclass(EnvironmentError, Exception), IOError is OSError)
