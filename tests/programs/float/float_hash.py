# hash of floats: integral floats hash like ints; fractions via the 2**61-1 reduction.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e10, 3.14, 1e-10, 2.0 ** 64]:
    print(v, hash(v))
print(hash(float('inf')), hash(-float('inf')))
print(hash(0.5) == hash(__import__('fractions').Fraction(1, 2)))
