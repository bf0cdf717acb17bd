for f in [lambda: 'é'.encode('ascii'), lambda: b'\xff'.decode('utf-8'), lambda: b'\xc3'.decode('utf-8'), lambda: '\udc80'.encode('utf-8'), lambda: b'\x80abc'.decode('ascii')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, '|', e, '|', e.encoding, e.start, e.end, e.reason)
