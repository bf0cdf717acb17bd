# The format mini-language for ints.
n = 1234567
specs = ['', 'd', '10d', '<10', '>10', '^10', '=10', '*^11', '0=10', '+', '-', ' ', ',', '_', '+,', '012,', '015_',
         'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '_b', '_x', '#_x', 'c' if False else 'n', 'e', '.2e', 'f', '.1f', 'g', '%', '.2%', '010', '#010x']
for spec in specs:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(65, 'c'), format(0, '#x'), format(-0, '+'), format(2 ** 70, ','), format(10, '=+6'), format(5, '0<4'), format(5, '0>4'))
for bad in ['.2d', 's', ',x', '_,', ',_', '=s' if False else 'z', 'c,', '#c', '=']:
    try:
        print(repr(bad), format(n, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    format(-1, 'c')
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
