def f():
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise ExceptionGroup('outer', [e, ExceptionGroup('nested', [KeyError('k')])])
f()
