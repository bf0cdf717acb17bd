import sys, io
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print('captured line')
print('second', end='')
sys.stdout = old
print(repr(buf.getvalue()))
import contextlib
with contextlib.redirect_stdout(io.StringIO()) as f:
    print('inside redirect')
print(repr(f.getvalue()))
