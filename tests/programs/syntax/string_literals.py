# String literal forms: escapes, raw, bytes, implicit concatenation, triple quotes.
print('a\tb\\n', r'a\tb', 'x' 'y' "z")
print("\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print(len('\U0001F600'), len(b'\x00\xff'))
print(b'abc' b'def', rb'\n', br'\t')
print('''multi
line''')
print("""a"b'c""")
print('\
continued')
print(repr('\0\a\b\f\v\r'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print('\q' == '\\q')
print(f'{1+1}' 'plain' f'{"nested"}')
print(u'unicode prefix')
