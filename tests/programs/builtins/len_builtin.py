print(len(''), len('😀'), len([1, 2]), len({1: 2}), len(range(0, 10, 3)), len(b'ab'), len({1, 2, 2}), len((1,)))
try:
    len(iter([]))
except TypeError as e:
    print(type(e).__name__, e)
