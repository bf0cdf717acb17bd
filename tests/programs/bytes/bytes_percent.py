print(b'%d %5d %-4d| %x %o %c %s %r %%' % (1, 2, 3, 255, 8, 65, b'bs', b'r'))
print(b'%(a)s %(b)d' % {b'a': b'A', b'b': 2})
print(b'%.2f %e %g' % (3.14159, 1000.0, 0.00001))
for bad in [(b'%s', 'str'), (b'%d', b'x'), (b'%c', 256), (b'%s %s', (b'a',))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
