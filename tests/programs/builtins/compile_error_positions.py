# SyntaxError attributes from compile()/exec()/eval() on strings: positions
# at end of input (the raw column on the last line), -1 versus None, the text
# of tokenizer errors (cut at the newline), and NUL bytes.
cases = [
    'for x in y:\n', 'for x in y:', 'if x:\n', 'x = (1,\n', 'def f():\n',
    'x = "abc\n', 'class A:\n\n', '(', 'a b', 'x = $\n', 'if x:\n  pass\n    y\n',
    'def f(:\n', '\x00', 'a\x00', 'while 1:\n    pass\n  else:\n', 'x = "é\n',
    'if 1:\n  é = 1\nelse\n', 'try:\n  pass\n', 'with a:', 'x = """abc\n',
    b'\xff\xfe', b'# coding: bogus\n', b'x = "\xff"\n', b'# \xff\n', b'x = b"\xff"\n',
    b'x\xff = 1\n', b'x\xe9 = 1\n', b'\xe2\x82 = 1\n', b'ok\xe2\x82\xac = 1\n',
    b'a\xc0\x80\n', b'\xed\xa0\x80x\n', b'\xf4\x90\x80\x80\n', 'x = 1 +', 'if x:\n  pass',
]
for s in cases:
    for mode in ('exec', 'eval', 'single'):
        try:
            compile(s, 'f', mode)
            print(repr(s), mode, 'ok')
        except SyntaxError as e:
            print(repr(s), mode, type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for f in (exec, eval):
    try:
        f('x\x00')
    except SyntaxError as e:
        print(f.__name__, type(e).__name__, e, e.lineno, e.offset, e.text)
