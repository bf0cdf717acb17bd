# The str.isX predicates on a range of characters.
samples = ['', 'abc', 'ABC', 'Abc', 'Abc Def', 'abc1', '123', '١٢٣', '½', '²', '一', ' ', '\t\n', 'a b', 'ǅ', '_id', 'if', '1a', 'é', '\x00', '\u2028', 'x\u0301']
for s in samples:
    print(repr(s), [int(f()) for f in (s.isalpha, s.isalnum, s.isdigit, s.isdecimal, s.isnumeric, s.isspace,
                                      s.islower, s.isupper, s.istitle, s.isidentifier, s.isprintable, s.isascii)])
