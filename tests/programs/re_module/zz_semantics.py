import re
# Python 3.7+ empty-match rules
for p, s in [('x*', 'abxd'), ('|a', 'aba'), ('a|', 'aba'), ('a*?', 'aa'), (r'\b', 'a b'), ('(?=a)|a', 'aa'), ('', '')]:
    print(repr(p), re.findall(p, s), re.sub(p, '-', s), re.split(p, s), [m.span() for m in re.finditer(p, s)])
# backtracking into lookarounds does not happen
print(re.match(r'(?=(a+))a*b\1', 'aaab'), re.match(r'(?=(a+?))(\1)', 'aaa').groups())
print(re.findall(r'(?<=(a))b', 'ab'), re.search(r'(?<![a-z])\d+', 'x12 34').group())
# case-insensitive
print(re.findall('(?i)ǅ', 'Ǆǅǆ'), re.findall('(?i)σ', 'Σσς'), re.findall('(?i)[k-m]', 'K\u212aL'))
print(re.findall('(?i)ß', 'ßẞ'))
# group repetitions keep the last iteration
print(re.match(r'(a|b)*', 'abab').group(1), re.match(r'(\w)+', 'xyz').span(1))
# pos and endpos
p = re.compile(r'\w+')
print(p.findall('ab cd ef', 2, 6), p.split('a b c') if False else 0, list(m.span() for m in p.finditer('ab cd', 1)))
print(p.search('ab', 5), p.match('ab', -3), p.search('abc', 1, 100).span(), p.fullmatch('abcd', 1, 3))
m = p.search('hello world', 6)
print(m, m.pos, m.endpos)
print(re.compile('$').search('ab\n', 0, 2).span())
# bytes
print(re.sub(rb'(\w)', rb'<\1>', b'ab'), re.split(b',', b'a,b'), re.match(b'.', b'\n'), re.findall(b'[^a]', b'abc'))
print(re.match(rb'(?i)[a-z]+', b'HeLLo'), re.findall(rb'\s', b' \t\x1c\x85'), re.search(b'a', bytearray(b'xa')))
# callable replacement and templates
print(re.sub(r'\d+', lambda m: '<%s>' % m.group(), 'a12b345'), re.sub('(?P<a>x)', r'\g<a>\g<a>', 'axb'))
print(re.sub('a', '\\\\', 'bab'), re.sub('a', r'\-', 'a'), re.sub('(a)', r'\10', 'a') if False else 0)
print(re.subn('', '-', 'abc'), re.subn('b*', '-', 'abc'))
# match repr truncation and non-ASCII
print(re.match('.*', 'x' * 100), re.search('é+', 'aéé'), re.match(b'a+', b'aaa'))
print(repr(re.compile('x' * 300))[:60], len(repr(re.compile('x' * 300))))
print(re.compile('a', re.I | re.M | re.S | re.X | re.A), re.compile(b'a', re.L))
# purge and cache identity
print(re.compile('q') is re.compile('q'), re.purge(), re.compile(re.compile('z')).pattern)
try:
    re.compile(re.compile('z'), re.I)
except ValueError as e:
    print('ValueError', e)
