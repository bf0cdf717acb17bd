import re

# search / match / fullmatch and Match objects
m = re.search(r'(?P<w>\w+)\s+(\d+)', 'hello  world 42 x')
print(m, m.groups(), m.groupdict(), m.span(2), m.lastindex, m.lastgroup)
print(m.group(0), m.group(1, 2), m['w'], m[2], m.start('w'), m.end(2), m.string, m.re, m.pos, m.endpos)
print(re.match('a', 'ba'), re.match('b', 'ba'), re.fullmatch(r'a|ab', 'ab'), re.fullmatch('a', 'ab'))
print(re.compile('b').search('abcb', 2), re.compile('b').search('abcb', 2, 3), re.compile('^b').search('ab', 1))
print(re.compile('c$').search('abcd', 0, 3), re.compile('a').match('ba', 1), re.compile('x*').fullmatch('xxy', 0, 2))
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.span(2), m.lastindex, m.regs)
print(re.match(r'(a(b))', 'ab').lastindex, re.match(r'(?P<o>a(?P<i>b))', 'ab').lastgroup)
try:
    m.group(5)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
print(m.expand(r'[\1|\3]'), re.match(r'(?P<x>.)', 'q').expand(r'<\g<x>\g<0>\g<1>>'))

# Pattern objects
p = re.compile(r'(?P<first>a)(b)', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(re.compile('a+', re.IGNORECASE), re.compile(b'x'), re.compile('x', re.A), re.compile('(?s)x'))
print(re.I | re.M, re.IGNORECASE, re.compile('a') == re.compile('a'), repr(re.NOFLAG))
print(int(re.I), int(re.S | re.X), re.A.value)
print(type(p).__name__, type(p.match('ab')).__name__, re.Pattern, re.Match)

# findall group rules
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\d)(\w)', 'a1b22c333'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall(r'(a)(b)?', 'ab a'))
print(re.findall('|a', 'a'), re.findall('a*', 'baaa'), re.findall('', 'ab'))
print([m.span() for m in re.finditer(r'\w*', 'ab cd')])

# split
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\b', 'ab cd'), re.split('x*', 'axbc'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r'(x)|y', 'axbyc'), re.split('', 'abc'))
print(re.split(r'\s+', ' a b '), re.split('a', ''), re.split('(?=b)', 'abab'))

# sub / subn
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|', '-', 'bab'))
print(re.sub(r'(\w)(\w)', r'\2\1', 'abcdef'), re.subn(r'\d', lambda m: str(int(m[0]) * 2), 'a1b2c3'))
print(re.sub(r'(?P<n>\d+)', r'<\g<n>|\g<0>|\g<1>>', 'a12b3'), re.sub('a', r'\n\t\\', 'xax'))
print(re.sub('a', r'\0\012\x', 'a') if False else re.sub('a', r'[\012]', 'a'))
print(re.sub('a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa', 3), re.sub('(a)', lambda m: None, 'bab'))
print(re.sub(r'(b)?a', r'[\1]', 'ab a'))
print(re.escape('a.b*c d'), re.escape(b'x+y'), re.escape('ü-_'))
