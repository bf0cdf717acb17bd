def classify(exc):
    try:
        raise exc
    except LookupError as e:
        return f'lookup ({type(e).__name__})'
    except (ArithmeticError, ValueError) as e:
        return f'arith/value ({type(e).__name__})'
    except Exception as e:
        return f'other ({type(e).__name__})'
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), RuntimeError, NotImplementedError]:
    print(classify(exc))
try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)
