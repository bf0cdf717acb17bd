# hash() of ints: modulus 2**61 - 1, -1 maps to -2, consistency with floats.
M = 2 ** 61 - 1
for n in [0, 1, -1, -2, 42, M - 1, M, M + 1, 2 ** 64, -(2 ** 64), 10 ** 30, -10 ** 30]:
    print(n, hash(n))
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
print(hash(float('inf')), hash(float('-inf')))
print(hash(2 ** 61 - 1) == 0, hash(-(2 ** 61 - 1)) == 0)
print(hash(complex(1, 0)) == hash(1), hash(1j))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})))
print(hash(None) == hash(None), hash(range(3)) == hash(range(3)))
