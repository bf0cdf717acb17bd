r = range(-10 ** 20, 10 ** 20, 10 ** 19)
print(len(r), r[5], r[-1], r[::5], 0 in r, 10 ** 19 + 1 in r, r.index(0))
big = range(10 ** 100)
print(big[-1] == 10 ** 100 - 1, big[10 ** 50:10 ** 50 + 3], bool(big), big.count(5))
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(big.__len__ if False else 'skip')
