# The format mini-language for floats, including g/e rounding boundaries.
vals = [0.0, -0.0, 1.0, 1.5, 2.5, 0.125, 1234.5678, 1e-5, 1e16, 123456789.0, 0.000123456, 9.9999, 99999.95, 1e100, float('inf'), float('-inf'), float('nan')]
specs = ['', 'f', '.0f', '.2f', 'e', '.0e', '.3E', 'g', '.3g', '.1g', '#g', '#.3g', 'G', '%', '.1%', ',.2f', '_.1f', '+.1f', ' .1f', '012.3f', '<10.2', '^+12.3e', 'n', '.3n', '10', '.10', '#.0f', '#.0e']
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.675, '.2f'), format(1.005, '.2f'), format(9.995, '.2f'))
print(format(1e15, 'g'), format(1e16, 'g'), format(123456, 'g'), format(1234567, 'g'), format(0.0001, 'g'), format(0.00001, 'g'))
print(format(9.5, '.0e'), format(0.99999, '.3g'), format(999.95, '.4g'), format(2.0 ** 60, 'f'))
print(format(1.0, ''), format(1e16, ''), format(1.0, '.3'), format(123.0, '.2'), format(0.1, '.20f'))
for bad in ['d', 'x', ',d' if False else 'c', '=+s']:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
