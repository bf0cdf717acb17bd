def f():
    try:
        raise KeyError('first')
    finally:
        print('finally sees nothing special')
try:
    try:
        f()
    except KeyError:
        raise TypeError('second')
except TypeError as e:
    ctx = e.__context__
    print(repr(e), repr(ctx), ctx.__context__)
try:
    try:
        raise ValueError('a')
    except ValueError as e1:
        try:
            raise TypeError('b')
        except TypeError as e2:
            raise KeyError('c')
except KeyError as e3:
    print(repr(e3.__context__), repr(e3.__context__.__context__))
try:
    e = ValueError('self')
    try:
        raise e
    except ValueError:
        raise e
except ValueError as x:
    print('no self-cycle:', x.__context__)
