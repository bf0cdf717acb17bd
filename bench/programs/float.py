"""Float: build many points from sin/cos, normalize each one, then reduce
them to their component-wise maximum.  Exercises float arithmetic, math
calls, object creation and attribute access, and method calls.

The math functions are only applied to exact integers converted to float,
and their results are not fed back, so a last-bit difference between two
libm implementations cannot snowball; the checksum is printed to 9 places.
"""
import math
import sys

DEFAULT_SIZE = 60


class Point:
    def __init__(self, i):
        x = math.sin(i)
        self.x = x
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return best


def benchmark(n, offset):
    points = [Point(i + offset) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


def main(loops):
    sx = sy = sz = 0.0
    for k in range(loops):
        best = benchmark(20000, k)
        sx += best.x
        sy += best.y
        sz += best.z
    print("float %d %.9f %.9f %.9f" % (loops, sx, sy, sz))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
