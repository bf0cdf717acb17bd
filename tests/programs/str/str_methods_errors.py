for f in [lambda: 'abc'.center(), lambda: 'abc'.zfill('5'), lambda: 'abc'.ljust(5, ''), lambda: 'a'.join('b', 'c'), lambda: 'abc'.count(),
          lambda: 'a'.encode(1), lambda: 'abc'.expandtabs('4'), lambda: 'abc'.splitlines(1, 2), lambda: str.lower(), lambda: 'x'.startswith()]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
