z = 1.23456 - 7.891j
for spec in ['', '.2f', '>20.3f', '+.1e', '^30', '.3g', 'g', '10', '*<25.2f']:
    print(repr(spec), repr(format(z, spec)))
for bad in ['d', '=10', '010']:
    try:
        format(z, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
