eg = ExceptionGroup('top', [ValueError('a'), ExceptionGroup('sub', [TypeError('b'), ValueError('c')])])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(repr(eg.subgroup(KeyError)))
print(type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup('x', [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(eg.derive([KeyError('k')])))
