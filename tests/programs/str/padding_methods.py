# center/ljust/rjust/zfill/expandtabs.
for s in ['ab', 'abc', '', '😀']:
    print(repr(s.center(6)), repr(s.center(7, '*')), repr(s.ljust(5, '.')), repr(s.rjust(5)), repr(s.center(1)))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(5), '--1'.zfill(4), ''.zfill(3), '42'.zfill(1))
print(repr('a\tbc\tdef\tg'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('\t'.expandtabs(0)), repr('ab\ncd\tx'.expandtabs(3)), repr('a\r\tb'.expandtabs(4)))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
