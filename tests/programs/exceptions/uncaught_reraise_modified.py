def f():
    try:
        int('nope')
    except ValueError as e:
        e.args = ('rewritten message',)
        raise
f()
