for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(''), KeyError('k'), KeyError(), KeyError('a', 'b'),
          IndexError(5), OSError(2, 'No such file'), OSError(2, 'No such file', 'f.txt'), StopIteration(7), SystemExit(3),
          UnicodeError('u'), AttributeError('x'), BaseException(None), Exception([1, 2])]:
    print(repr(e), '|', str(e), '|', e.args)
e = OSError(2, 'msg', 'fname')
print(e.errno, e.strerror, e.filename, type(e).__name__)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
