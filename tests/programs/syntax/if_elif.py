# if/elif/else chains and truthiness of many kinds of values.
for v in [0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, 0j, range(0), range(1), b'', bytearray(1)]:
    if v:
        r = 'true'
    elif v is None:
        r = 'none'
    else:
        r = 'false'
    print(repr(v), r)
x = 15
if x < 10:
    print('a')
elif x < 20:
    print('b')
elif x < 30:
    print('c')
else:
    print('d')
print(not 0, not 'x', 1 and 2, 0 and 2, 1 or 2, 0 or '', None or [] or 'last')
