"""Fannkuch-redux: for every permutation of 1..n, repeatedly reverse the
first k elements where k is the first element, counting flips until 1 comes
first.  Reports the maximum flip count and a checksum alternating in sign
over the permutations (generated in Heap-like rotation order).
Exercises list slicing, slice assignment, indexing and integer loops.
"""
import sys

DEFAULT_SIZE = 24


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign > 0 else -flips
        sign = -sign
        # Next permutation: rotate the first r+1 elements left until a
        # counter does not wrap.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            perm1[0:r] = perm1[1:r + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main(loops):
    total = best = 0
    for i in range(loops):
        checksum, max_flips = fannkuch(8 if i % 4 else 7)
        total += checksum
        best = max(best, max_flips)
    print("fannkuch %d %d %d" % (loops, total, best))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
