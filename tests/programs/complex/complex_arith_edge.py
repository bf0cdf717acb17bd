print((1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1e308 + 1e308j) / (1e308 + 1e308j), (1 + 1j) ** 2, (2 + 0j) ** 0.5, 1j ** 1j)
print(complex(1, 2) == complex(1.0, 2.0), 1 + 0j == 1, 1j == 1, (1 + 2j) != (1 + 2j))
print(abs(complex(3, 4)), abs(complex(float('inf'), float('nan'))), abs(complex(1e300, 1e300)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
