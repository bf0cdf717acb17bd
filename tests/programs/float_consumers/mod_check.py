"""The check() the float_consumers programs share: one line per check, the
result's repr or the exception's type and CPython's message."""


def check(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
