print((1, 2) < (1, 2, 0), (1, 'a') < (1, 'b'), (2,) > (1, 100), (1, 2) == (1.0, 2.0), () == ())
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, float('nan')) == (1, float('nan')), max([(1, 2), (1, 3), (0, 9)]), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
