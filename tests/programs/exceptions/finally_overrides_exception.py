def f():
    try:
        raise ValueError('lost')
    finally:
        raise KeyError('wins')
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    while True:
        try:
            raise ValueError('discarded by break')
        finally:
            break
    return 'after break'
print(g())
