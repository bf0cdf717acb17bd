"""Unpack sequence: tuple and list packing and unpacking in every common
form: parallel assignment and swaps, unpacking in for loops, functions
returning tuples, starred targets, nested targets, and enumerate/zip/
dict.items() unpacking.  Exercises UNPACK_SEQUENCE-style operations.
"""
import sys

DEFAULT_SIZE = 6000


def divmod_pair(a, b):
    return a // b, a % b


def min_max(values):
    lo = hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        elif v > hi:
            hi = v
    return lo, hi


def rotate(a, b, c, d):
    return b, c, d, a


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a, b


def do_tuples(n):
    total = 0
    t = (1, 2, 3, 4)
    lst = [5, 6, 7, 8]
    for i in range(n):
        a, b, c, d = t
        e, f, g, h = lst
        a, b, c, d = rotate(a, b, c, d)
        e, f = f, e
        g, h = h, g
        q, r = divmod_pair(i + 17, 5)
        total += a * 1 + b * 2 + c * 3 + d * 4 + e - f + g - h + q + r
        (x, y), z = (i, i + 1), i + 2
        total += x + y - z
    return total


def do_starred(rows):
    total = 0
    for row in rows:
        first, *middle, last = row
        head, *tail = middle
        total += first - last + head + len(tail)
        *init, end = row
        total += end + len(init)
    return total


def do_loops(pairs, mapping):
    total = 0
    for i, (a, b) in enumerate(pairs):
        total += i * a - b
    for a, b in zip(pairs, pairs[1:]):
        (p, q), (r, s) = a, b
        total += p * s - q * r
    for key, (count, weight) in mapping.items():
        total += key * count + weight
    return total


def main(loops):
    rows = [list(range(k % 7 + 3)) for k in range(100)]
    pairs = [(k, k * 3 % 11) for k in range(200)]
    mapping = {k: (k % 5, k * 7 % 13) for k in range(100)}
    values = [(k * 7919) % 1009 for k in range(300)]
    checksum = 0
    for i in range(loops):
        checksum += do_tuples(200)
        checksum += do_starred(rows)
        checksum += do_loops(pairs, mapping)
        lo, hi = min_max(values)
        a, b = fib_pairs(50 + i % 10)
        checksum = (checksum + lo + hi + a + b) % 1000000007
    print("unpack_sequence %d %d" % (loops, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
