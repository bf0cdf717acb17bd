import keyword
for s in ['abc', '_', '1a', 'a1', 'é', 'if', 'None', 'match', 'print', 'a-b', '', 'ℕ', 'x\u0301']:
    print(repr(s), s.isidentifier(), keyword.iskeyword(s), keyword.issoftkeyword(s))
