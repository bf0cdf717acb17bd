e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    exc = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print(type(err).__name__, err)
