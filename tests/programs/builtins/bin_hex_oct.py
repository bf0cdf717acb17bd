for n in [0, 1, -1, 255, -256, 2 ** 70]:
    print(bin(n), hex(n), oct(n))
for bad in [1.5, '1', None]:
    try:
        bin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
