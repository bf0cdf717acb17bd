def f():
    raise ExceptionGroup('many', [ValueError('v'), TypeError('t')])
f()
