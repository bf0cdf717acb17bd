# Non-integral floats through repr/str/format/%-formatting/str.format/f-strings.
import math

from mod_check import check

h = 1 / 2
t = 0.1 + 0.2
z = 2.5 * 3
r2 = math.sqrt(2)
tiny = 1 / 10000000          # 1e-07
big = 1e11 * 1e11            # 1e22
b16 = 1e8 * 1e8              # 1e16
nan = float('nan')
inf = 1e300 * 1e300
ninf = -inf
neg = -5 / 2

for label, v in [('h', h), ('t', t), ('z', z), ('r2', r2), ('tiny', tiny),
                 ('1e-7', 1e-7), ('big', big), ('1e22', 1e22), ('b16', b16),
                 ('1e16', 1e16), ('nan', nan), ('inf', inf), ('ninf', ninf),
                 ('neg', neg), ('1/3', 1 / 3), ('2/3', 2 / 3), ('1e-5', 1e-5),
                 ('0.0001', 0.0001), ('123456789.125', 123456789.125),
                 ('-0.0', -0.0), ('5e-324', 5e-324), ('1.7976931348623157e308', 1.7976931348623157e308)]:
    print(label, 'repr', repr(v), 'str', str(v), 'fmt', format(v), 'f', f'{v}')

check("format(r2, '.3f')", lambda: format(r2, '.3f'))
check("f'{t:e}'", lambda: f'{t:e}')
check("f'{h:%}'", lambda: f'{h:%}')
check("f'{r2:10.2f}|'", lambda: f'{r2:10.2f}|')
check("f'{t!r}'", lambda: f'{t!r}')
check("f'{t!s}'", lambda: f'{t!s}')
check("f'{z:g}'", lambda: f'{z:g}')
check("f'{tiny:g}'", lambda: f'{tiny:g}')
check("f'{big:g}'", lambda: f'{big:g}')
check("f'{big:.0f}'", lambda: f'{big:.0f}')
check("f'{neg:+08.3f}'", lambda: f'{neg:+08.3f}')
check("f'{z:_>10}'", lambda: f'{z:_>10}')
check("f'{1234567.5:,}'", lambda: f'{1234567.5:,}')
check("f'{nan:f}'", lambda: f'{nan:f}')
check("f'{inf:E}'", lambda: f'{inf:E}')
check("f'{h:d}'", lambda: f'{h:d}')
check("f'{h:x}'", lambda: f'{h:x}')
check("f'{h:c}'", lambda: f'{h:c}')
check("f'{h:n}'", lambda: f'{h:n}')
check("f'{t:.2}'", lambda: f'{t:.2}')
check("f'{z:=+10}'", lambda: f'{z:=+10}')
check("'{:d}'.format(h)", lambda: '{:d}'.format(h))
check("'{:d}'.format(z)", lambda: '{:d}'.format(z))
check("'{:.1f}'.format(z)", lambda: '{:.1f}'.format(z))
check("'{0[1]}'.format([h, z])", lambda: '{0[1]}'.format([h, z]))
check("'{:{w}}'.format(1, w=h)", lambda: '{:{w}}'.format(1, w=h))
check("'%d' % 2.5", lambda: '%d' % 2.5)
check("'%d' % z", lambda: '%d' % z)
check("'%i' % neg", lambda: '%i' % neg)
check("'%u' % h", lambda: '%u' % h)
check("'%x' % 2.5", lambda: '%x' % 2.5)
check("'%X' % z", lambda: '%X' % z)
check("'%o' % h", lambda: '%o' % h)
check("'%c' % 65.5", lambda: '%c' % 65.5)
check("'%c' % z", lambda: '%c' % z)
check("'%d' % nan", lambda: '%d' % nan)
check("'%d' % inf", lambda: '%d' % inf)
check("'%s %r %f %g' % t4", lambda: '%s %r %f %g' % (t, t, t, t))
check("'%e' % tiny", lambda: '%e' % tiny)
check("'%.3g' % r2", lambda: '%.3g' % r2)
check("'%10.4f|' % neg", lambda: '%10.4f|' % neg)
check("'%-10.1f|' % z", lambda: '%-10.1f|' % z)
check("'%*d' % (h, 1)", lambda: '%*d' % (h, 1))
check("'%.*f' % (h, 1.0)", lambda: '%.*f' % (h, 1.0))
check("'%f' % 5", lambda: '%f' % 5)
check("'%s' % big", lambda: '%s' % big)
check("'%r' % tiny", lambda: '%r' % tiny)
check("'%a' % nan", lambda: '%a' % nan)
check("'%(x)d' % {'x': h}", lambda: '%(x)d' % {'x': h})
check("b'%d' % h", lambda: b'%d' % h)
check("b'%x' % h", lambda: b'%x' % h)
check("b'%c' % h", lambda: b'%c' % h)
check("b'%f' % h", lambda: b'%f' % h)
check("'a'.center(h)", lambda: 'a'.center(h))
check("'a'.ljust(z)", lambda: 'a'.ljust(z))
check("'a'.rjust(t)", lambda: 'a'.rjust(t))
check("'5'.zfill(2.5)", lambda: '5'.zfill(2.5))
check("'a,b'.split(',', h)", lambda: 'a,b'.split(',', h))
check("'aa'.replace('a', 'b', h)", lambda: 'aa'.replace('a', 'b', h))
check("'a\\tb'.expandtabs(h)", lambda: 'a\tb'.expandtabs(h))
check("b'a'.center(h)", lambda: b'a'.center(h))
check("str(h) + 'x'", lambda: str(h) + 'x')
check("h + 'x'", lambda: h + 'x')
check("'x' + h", lambda: 'x' + h)
check('repr([h, t, tiny])', lambda: repr([h, t, tiny]))
check('str((big, nan))', lambda: str((big, nan)))
check('repr({h: tiny})', lambda: repr({h: tiny}))
check('float.__repr__(t)', lambda: float.__repr__(t))
check('float.__format__(h, "")', lambda: float.__format__(h, ''))
check('int.__format__(h, "d")', lambda: int.__format__(h, 'd'))
