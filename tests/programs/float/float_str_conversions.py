for s in ['1', '1.', '.1', '1e5', '1E-5', '-0', '+inf', '  nan  ', '1_2.3_4', '0.1e1_0', '١٫٥' if False else '١.٥', '\u20071.5']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(str(1e16), str(1e-5), str(123456789.123456789), str(0.1 + 0.7), str(1 / 7), str(-1e-320))
