# int / int is correctly rounded even for huge operands.
print(10 ** 30 / 3, 2 ** 1000 / 2 ** 990, (10 ** 400 + 1) / 10 ** 390, 1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076)
print(123456789012345678901234567890 / 1000, -7 / 2, 7 / -2, 0 / 5, -0 / 5)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print(type(e).__name__, e)
