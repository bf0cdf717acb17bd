class CM:
    def __init__(self, ret): self.ret = ret
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print('exit got', t.__name__ if t else None, v, type(tb).__name__)
        return self.ret
with CM(True):
    raise ValueError('swallowed')
try:
    with CM(0):
        raise ValueError('propagates')
except ValueError as e:
    print('propagated', e)
with CM('truthy string'):
    raise KeyError('swallowed by truthy')
class Raiser:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('from exit')
try:
    with Raiser():
        raise ValueError('original')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class EnterFails:
    def __enter__(self): raise OSError('enter failed')
    def __exit__(self, *a): print('exit not called')
try:
    with EnterFails():
        pass
except OSError as e:
    print(type(e).__name__, e)
