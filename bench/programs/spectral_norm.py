"""Spectral norm: the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), by the power method on
A^T A.  Exercises float division, small functions called in tight loops,
list comprehensions and zip.
"""
import math
import sys

DEFAULT_SIZE = 400


def entry(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def times(u):
    n = len(u)
    return [sum([entry(i, j) * uj for j, uj in enumerate(u)]) for i in range(n)]


def times_transposed(u):
    n = len(u)
    return [sum([entry(j, i) * uj for j, uj in enumerate(u)]) for i in range(n)]


def times_ata(u):
    return times_transposed(times(u))


def spectral_norm(n, rounds=10):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = times_ata(u)
        u = times_ata(v)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    return math.sqrt(vbv / vv)


def main(n):
    print("spectral_norm %d %.9f" % (n, spectral_norm(n)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
