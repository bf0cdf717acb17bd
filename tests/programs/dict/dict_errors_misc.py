for f in [lambda: {}['a'], lambda: {}.pop('a'), lambda: dict(1), lambda: dict(a=1, **{'a': 2}), lambda: {}.fromkeys(),
          lambda: {1: 2}.keys()[0], lambda: dict([('a',)]), lambda: {}.setdefault(), lambda: {}.update({}, {})]:
    try:
        f()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
