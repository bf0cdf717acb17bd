import shlex
for s in ['a b  c', 'a "b c" d', '"it\'s" x', 'a\\ b', '"a\\"b" \'c\\d\'', 'x # comment', 'e""f', "''", 'a"b"c', ' lead trail ', 'tab\there\nnl']:
    print(repr(s), shlex.split(s))
print(shlex.split('x # comment y', comments=True))
for bad in ['"abc', "'abc", 'abc\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(e)
print(shlex.quote(''), shlex.quote('abc'), shlex.quote('a b'), shlex.quote("it's"), shlex.quote('é'), shlex.join(['a', 'b c', "d'e"]))
