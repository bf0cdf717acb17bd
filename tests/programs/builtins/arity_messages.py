# How builtins word a wrong argument count: clinic's positional-only
# functions say "X expected N arguments, got M"; METH_O says "takes exactly
# one argument"; functions with keyword parameters say "takes at most".
calls = [
    "isinstance(1, int, 3)", "issubclass(int)", "divmod(1, 2, 3)", "divmod(1)",
    "hasattr(1)", "hasattr(1, 'a', 3)", "getattr(1)", "getattr(1, 'a', 2, 3)",
    "setattr(1, 2)", "[].insert(1, 2, 3)", "[].insert(1)", "[].append(1, 2)",
    "'a'.replace(1, 2, 3, 4)", "'a'.split(1, 2, 3)", "{}.get(1, 2, 3)",
    "'a'.startswith(1, 2, 3, 4)", "round(1, 2, 3)", "[].index(1, 2, 3, 4)",
    "pow(1, 2, 3, 4)", "len()", "len(1, 2)", "abs()", "iter()", "next()",
    # clinic with keyword parameters (_PyArg_UnpackKeywords)
    "int.from_bytes(1, 2, 3)", "'a'.split(1, 2, maxsplit=3)", "'a'.split(1, sep=2)",
    "'a'.encode(1, 2, x=3)", "'a'.encode(x=3)", "compile(1)", "compile(1, 2)",
    "sum(start=1)", "sum(1, 2, start=3)", "'a'.center(1, 2, 3)", "[].pop(1, 2)",
    "{}.pop(1, 2, 3)", "dict.fromkeys(1, 2, 3)", "tuple.index((), 1, 2, 3, 4)",
    "'a'.find(1, 2, 3, 4)", "b''.endswith(1, 2, 3, 4)", "'a'.rindex(1, 2, 3, 4)",
    "sorted(1, 2)", "'a'.splitlines(1, 2)", "'a'.splitlines(x=1)",
    "'a'.expandtabs(1, tabsize=2)", "divmod(x=1)",
]
for c in calls:
    try:
        eval(c)
    except TypeError as e:
        print(c, '->', e)
