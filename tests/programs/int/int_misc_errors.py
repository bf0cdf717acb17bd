# Type errors from int operations.
ops = ["1 + '1'", "'1' + 1", "1 - None", "[1] * 2.0", "2 ** 'x'", "-'a'", "~1.0", "1 @ 2", "divmod(1, 'a')", "abs('x')"]
for src in ops:
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, '->', type(e).__name__, e)
print([1] * 3, 3 * 'ab', 0 * [1], -2 * 'x', True * 'ab')
try:
    [1] * (2 ** 100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
