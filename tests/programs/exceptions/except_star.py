try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print('values', repr(g), g.exceptions)
except* TypeError as g:
    print('types', repr(g))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled ValueError part')
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('naked wrapped', repr(g))
