import io, sys, contextlib
with contextlib.redirect_stdout(io.StringIO()) as f:
    print('inside redirect')
print(repr(f.getvalue()))
with contextlib.redirect_stderr(io.StringIO()) as f:
    print('err', file=sys.stderr)
print(repr(f.getvalue()))
@contextlib.contextmanager
def tag(n):
    print(f'<{n}>')
    try:
        yield n
    finally:
        print(f'</{n}>')
with tag('p') as t:
    print('inside', t)
try:
    with tag('q'):
        raise ValueError('x')
except ValueError as e:
    print('caught', e)
with contextlib.suppress(KeyError):
    {}['k']
print('suppressed')
@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print('swallowed')
with swallow():
    1/0
@tag('deco')
def fn(): print('in fn')
fn(); fn()
with contextlib.ExitStack() as st:
    st.callback(print, 'cb1')
    st.enter_context(tag('es'))
    st.callback(print, 'cb2')
    print('body')
with contextlib.nullcontext(5) as v: print(v)
class Cl:
    def close(self): print('closed!')
with contextlib.closing(Cl()): pass
@contextlib.contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextlib.contextmanager
def twice():
    yield; yield
try:
    with twice(): pass
except RuntimeError as e: print(e)
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(sys.stdout, io.TextIOWrapper), issubclass(io.UnsupportedOperation, OSError))
try:
    with contextlib.ExitStack() as st:
        st.callback(lambda: 1/0)
        raise KeyError('k')
except ZeroDivisionError as e:
    print('ZDE', type(e.__context__).__name__)
