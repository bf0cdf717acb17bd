print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-1, 0.5), pow(3, 2, 4), pow(base=2, exp=5), pow(2, 5, mod=3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
