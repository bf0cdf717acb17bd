# Comparisons between ints, big ints, floats, bools: exact, no float rounding.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, big == 2 ** 53 + 1.0)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -10 ** 400 > float('-inf'))
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1 < 1.5 < 2)
print(float('nan') == 0, 0 < float('nan'), 0 != float('nan'))
print(2 ** 1024 > 1.7976931348623157e308, 2 ** 1024 == float('inf'))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(sorted([1, 1.0, True, 0.5, False, 0]))
print(3 == 3 + 0j, 3 < 4, (1, 2) < (1, 3), [1, 2] == [1.0, 2.0])
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 < None
except TypeError as e:
    print(type(e).__name__, e)
