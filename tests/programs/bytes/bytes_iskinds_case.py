for b in [b'abc', b'ABC', b'Abc Def', b'123', b'a1', b' \t', b'', b'\xe9', b'_']:
    print(b, b.isalpha(), b.isalnum(), b.isdigit(), b.islower(), b.isupper(), b.istitle(), b.isspace(), b.isascii())
print(b'hello WORLD'.title(), b'hello'.capitalize(), b'MiXeD'.swapcase(), b'\xe9a'.upper())
