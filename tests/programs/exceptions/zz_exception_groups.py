# BaseExceptionGroup / ExceptionGroup construction, split, subgroup, derive.
eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3)])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
print(type(BaseExceptionGroup('b', [ValueError()])).__name__, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
for args in [('m', 1), ('m', []), (1, [ValueError()]), ('m', [1]), ('m',), ('m', [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.subgroup(KeyError))
print(repr(eg.split((TypeError, KeyError))))
try:
    eg.split(1)
except TypeError as e:
    print(e)
eg.add_note('note')
eg.__cause__ = KeyError('c')
m, r = eg.split(TypeError)
print(m.__notes__, repr(m.__cause__), str(ExceptionGroup('x', [ValueError()])))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
g = MyEG('mine', [ValueError(1), KeyError(2)])
print(repr(g.split(ValueError)))
try:
    raise ExceptionGroup('top', [ValueError('a'), KeyError('b')])
except* ValueError as e:
    print('caught', repr(e))
except* KeyError as e:
    print('caught', repr(e))
