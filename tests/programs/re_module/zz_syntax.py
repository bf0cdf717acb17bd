import re

# flags and inline flags
print(re.findall('a', 'aAa', re.I), re.findall('(?i)a', 'aA'), re.findall('(?i:a)b', 'ABAbab'))
print(re.findall('a(?i:b)c', 'abc aBc aBC'), re.findall('(?i)a(?-i:b)', 'AB Ab ab'))
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S), re.findall('(?s:.)', '\n'))
print(re.findall('^a', 'a\na'), re.findall('^a', 'a\na', re.M), re.findall('a$', 'a\na\n', re.M))
print(re.search('a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.search(r'\Aa', 'ba'), re.findall('$', 'a\n'))
print(re.findall(r'''(?x) a  # comment
    b +   c''', 'abbc ab c'), re.findall('a b', 'a bab', re.X), re.findall(r'[ ]x', ' x', re.X))
print(re.findall(r'\w+', 'héllo wörld 日本 ١٢'), re.findall(r'\d', 'a1٢'), re.findall(r'(?a)\w+', 'héllo'))
print(re.findall(r'\s', 'a b\tc\x1cd\xa0e\u3000'), re.findall(r'\s', 'a\xa0b', re.A))
print(re.findall(r'\bfoo\b', 'foo éfoo foo_ foo.'), re.findall(r'\Bo', 'foo o'))
print(re.findall(r'[\w.]+', 'a.b c-d'), re.findall(r'[^\W\d]+', 'ab12cd_3'), re.findall(r'[\D]', '1a2'))
print(re.findall(r'[a-c-]+', 'xa-bcx'), re.findall(r'[]a]', 'a]b'), re.findall(r'[\]\\]', 'a]\\'))
print(re.match(r'(?i)straße', 'STRASSE'), re.match('(?i)k', '\u212a'), re.match('(?i)[a-z]+', 'HeLLo'))
print(re.findall(rb'\w+', b'ab c\xe9'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.findall(b'(?i)a', b'aA'))
print(re.search('\U0001f600(.)', 'ab\U0001f600cd').span(1), re.findall('.', 'a\U0001f600b'), re.sub('', '-', 'x\U0001f600'))
print(re.findall(r'\x41\u0042\U00000043\N{LATIN SMALL LETTER D}\101\0', 'ABCdA\0'))
print(re.findall(r'(a)\1', 'aa ab'), re.findall(r'(?P<x>a)(?P=x)', 'aaab'), re.findall(r'(a)\g', 'x') if False else 0)
print(re.findall(r'(?<=a)b', 'ab cb'), re.findall(r'(?<!a)b', 'ab cb'), re.findall(r'a(?=b)', 'ab ac'), re.findall(r'a(?!b)', 'ab ac'))
print(re.findall(r'a{2}', 'aaaaa'), re.findall(r'a{2,}', 'aaaaa a'), re.findall(r'a{,2}', 'aaa'), re.findall(r'a{1,2}?', 'aaa'))
print(re.findall(r'x{', 'x{'), re.findall(r'x{a}', 'x{a}'), re.findall(r'{', '{'))
print(re.findall(r'a++b', 'aab'), re.findall(r'a*+a', 'aaa'), re.findall(r'(?>a+)b', 'aab'), re.findall(r'(?>a|ab)c', 'abc ac'))
print(re.findall(r'(?#comment)a', 'a'), re.findall(r'a*?b', 'aab'), re.findall(r'(a|b)*', 'abab'))

# errors
for p in ['(', ')', '*', 'a**', '[a', r'\q', '(?P<1a>x)', '(?<=a+)b', 'a{3,2}', '(?P=x)', 'a(?i)b',
          '(?P<a>x)(?P<a>y)', r'\1', r'(a)\2', '[z-a]', r'\x4', '(?z)', '(?<x', '(?P', r'[\A]', '^*',
          'abc\n(def', '(?i-i:a)', 'a)', r'(?P<a>(?P=a))', '[', 'x{1,2}{3}', '(?']:
    try:
        re.compile(p)
        print('compiled', repr(p))
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for p in [b'\\u0041', b'\\N{DIGIT ONE}']:
    try:
        re.compile(p)
    except re.error as e:
        print(p, '->', e)
for repl in [r'\g<2>', r'\g<x>', r'\q', r'\g<', r'\g<a', r'\3', r'\g<-1>']:
    try:
        re.sub('(a)', repl, 'a')
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
for args in [('a', 1), (b'a', 'a'), ('a', b'a')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
print(issubclass(re.error, Exception), re.error.__module__, re.error('m').msg)
