"""Pidigits: the digits of pi from an unbounded spigot (Gibbons' streaming
algorithm on a 2x2 matrix of big integers), as a generator.
Exercises arbitrary-precision integer multiply, add and floor division on
ever-growing numbers; almost no time is spent outside bigint arithmetic.
"""
import sys

DEFAULT_SIZE = 5000


def pi_digits():
    q, r, t, k = 1, 0, 1, 1
    while True:
        # extract: the digit is safe when floor((3q + r) / t) == floor((4q + r) / t)
        d = (q * 3 + r) // t
        if d == (q * 4 + r) // t:
            yield d
            q, r = q * 10, (r - d * t) * 10
        else:
            # consume the next term of the series
            q, r, t = q * k, (q * 2 + r) * (2 * k + 1), t * (2 * k + 1)
            k += 1


def main(n):
    digits = []
    for d in pi_digits():
        digits.append(d)
        if len(digits) == n:
            break
    text = "".join(map(str, digits))
    checksum = 0
    for i in range(0, len(text), 10):
        checksum = (checksum * 7 + int(text[i:i + 10])) % 1000000007
    print("pidigits %d %s %s %d" % (n, text[:10], text[-10:], checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
