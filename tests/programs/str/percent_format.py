# printf-style % formatting.
print('%s %r %a' % ('é', 'é', 'é'))
print('%d %i %u %5d|%-5d|%05d|%+d|% d' % (42, -3, 7, 42, 42, 42, 42, 42))
print('%x %X %#x %#X %o %#o %08.3x' % (255, 255, 255, 255, 8, 8, 31))
print('%f %.2f %10.3f|%-10.1f|%e %E %.0e %g %G %g %g' % (3.14159, 2.675, -1.5, 0.25, 12345.678, 0.0001, 5.5, 1e-5, 1e20, 100000.0, 1234567.0))
print('%c%c %%' % (65, 'z'), '%s' % (1,), '%s' % [1, 2], '%(a)s-%(b)03d' % {'a': 'x', 'b': 7})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%s' % 'only', '%s and %s' % ('a', 'b'), '%d' % 3.99, '%x' % True, '%.3s' % 'abcdef', '%5.1s|' % 'xyz')
print('%#.3g %g %g %#g' % (1.0, 1.0, 0.0001, 0.0001))
print('%d%%' % 50, '%r' % None, '%s' % None, '%i' % -0, '%.2f' % float('inf'), '%e' % float('nan'), '%d' % (2 ** 70))
for fmt, args in [('%d', 'x'), ('%d %d', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', 5), ('%c', 'ab'), ('%c', -1), ('%', ()), ('%x', 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
