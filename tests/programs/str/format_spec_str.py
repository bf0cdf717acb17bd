# Format specs for strings and for objects without __format__ overrides.
s = 'héllo'
for spec in ['', 's', '10', '<10', '>10', '^10', '*^10', '.2', '10.3', '^9.1', '=^3']:
    print(repr(spec), repr(format(s, spec)))
for bad in ['d', '=10', '+', ',', '#', '010' if False else 'x']:
    try:
        print(format(s, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(repr(format('😀', '^5')), repr(format('', '*>3')), repr(format(None, '')), repr(format([1], '')))
try:
    format([1], '>5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(format(True, ''), format(True, '>6'), format(True, 'd'), format(False, '.1f'))
