text = 'line1\nline2\r\nline3\n\nline5'
print(text.split('\n'), text.splitlines(), text.split(), len(text.splitlines(True)))
print('a\x1eb'.split(), 'a\x1eb'.splitlines(), 'a\u00a0b'.split(), 'a\u200bb'.split())
