for v in ['abc', 'é', '😀', '\n', 'a\x00b', ['é', 1], {'ü': b'\xff'}, 1.5, None, '\u2028']:
    print(ascii(v), repr(v))
