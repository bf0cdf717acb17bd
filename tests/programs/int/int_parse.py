# int() parsing: bases, prefixes, underscores, whitespace, signs, errors.
cases = [('42',), (' -17 ',), ('+5',), ('1_000',), ('ff', 16), ('0xff', 16), ('0xff', 0), ('0o17', 0),
         ('0b101', 0), ('z', 36), ('Z', 36), ('0', 0), ('00', 0), ('10', 2), ('777', 8), ('1_0', 0),
         ('\t\n12\n',), ('١٢٣',), ('0x_1f', 16), ('-0b1', 0), ('  +0o7  ', 8)]
for c in cases:
    print(repr(c), int(*c))
bad = [('',), ('  ',), ('1__0',), ('_1',), ('1_',), ('0x',), ('12', 2), ('08', 0), ('010', 0), ('1.5',),
       ('ff',), ('0xg', 16), ('1 2',), ('++1',), ('abc', 37), ('1', 1), ('1', -1), ('0b2', 0)]
for c in bad:
    try:
        print(int(*c))
    except ValueError as e:
        print(repr(c), type(e).__name__, e)
print(int(3.99), int(-3.99), int(True), int(b'12'), int(bytearray(b' 7 ')))
print(int('1' * 50), int('-' + '9' * 40))
for v in [float('inf'), float('nan'), None, [1], '1e5']:
    try:
        print(int(v))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(), int(x='12', base=3) if False else int('12', base=3))
