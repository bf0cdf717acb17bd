# try statement syntax forms: tuples of exceptions, bare except, re-raise, except as unbinding.
def f(exc):
    try:
        if exc:
            raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ZeroDivisionError:
        return 'zero'
    except:
        return 'bare'
    else:
        return 'else'
    finally:
        print('finally', exc.__name__ if exc else None)
for e in [None, KeyError, IndexError, ZeroDivisionError, ValueError]:
    print(f(e))
try:
    raise ValueError('v')
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(type(e).__name__, e)
def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print('re-raised', e)
exc_types = (TypeError, ValueError)
try:
    int('x')
except exc_types as e:
    print(type(e).__name__, e)
