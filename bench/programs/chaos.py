"""Chaos: the chaos game (an iterated function system) drawing a fractal,
with each point bent along B-spline curves before it is plotted into a grid.
Exercises operator overloading on a small vector class, closures, tuples,
de Boor's spline evaluation, and a deterministic pseudo-random generator.
"""
import sys

DEFAULT_SIZE = 50


class Random:
    """A 31-bit linear congruential generator (deterministic everywhere)."""

    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def random(self):
        return self.next() / 2147483648.0

    def randrange(self, n):
        return (self.next() >> 8) % n


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def lerp(self, other, t):
        """(1 - t) * self + t * other"""
        return Vec(self.x + (other.x - self.x) * t, self.y + (other.y - self.y) * t)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


class Spline:
    """A clamped B-spline of the given degree through control points."""

    def __init__(self, points, degree):
        if len(points) <= degree:
            raise ValueError("need more control points than the degree")
        self.points = points
        self.degree = degree
        inner = len(points) - degree
        self.knots = [0.0] * degree + [i / inner for i in range(inner + 1)] + [1.0] * degree

    def span(self, u):
        """The knot interval [knots[k], knots[k+1]) holding u."""
        knots = self.knots
        lo, hi = self.degree, len(self.points)
        if u >= knots[hi]:
            return hi - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if knots[mid] <= u:
                lo = mid
            else:
                hi = mid
        return lo

    def __call__(self, u):
        p, knots = self.degree, self.knots
        k = self.span(u)
        d = [self.points[j + k - p] for j in range(p + 1)]
        for r in range(1, p + 1):
            for j in range(p, r - 1, -1):
                left = knots[j + k - p]
                right = knots[j + 1 + k - r]
                alpha = (u - left) / (right - left)
                d[j] = d[j - 1].lerp(d[j], alpha)
        return d[p]


def make_transform(a, b, c, d, e, f):
    def transform(v):
        return Vec(a * v.x + b * v.y + e, c * v.x + d * v.y + f)
    return transform


class ChaosGame:
    def __init__(self, width, height, rng):
        self.width = width
        self.height = height
        self.rng = rng
        self.grid = [[0] * width for _ in range(height)]
        self.transforms = [
            make_transform(0.5, 0.0, 0.0, 0.5, 0.0, 0.0),
            make_transform(0.5, 0.0, 0.0, 0.5, 0.5, 0.0),
            make_transform(0.5, 0.0, 0.0, 0.5, 0.25, 0.5),
            make_transform(0.25, -0.25, 0.25, 0.25, 0.5, 0.25),
        ]
        self.splines = [
            Spline([Vec(0.0, 0.0), Vec(0.3, 0.2), Vec(0.6, -0.1), Vec(0.8, 0.15), Vec(1.0, 0.0)], 3),
            Spline([Vec(0.0, 0.1), Vec(0.25, 0.0), Vec(0.5, 0.2), Vec(1.0, 0.05)], 2),
        ]

    def plot(self, v):
        x = int(v.x * self.width)
        y = int(v.y * self.height)
        if 0 <= x < self.width and 0 <= y < self.height:
            self.grid[y][x] += 1
            return True
        return False

    def run(self, iterations):
        rng = self.rng
        point = Vec(rng.random(), rng.random())
        outside = 0
        for i in range(iterations):
            point = self.transforms[rng.randrange(len(self.transforms))](point)
            spline = self.splines[i & 1]
            u = point.x if point.x < 1.0 else 1.0
            bend = spline(u if u > 0.0 else 0.0)
            if not self.plot(Vec(point.x, point.y * 0.8 + bend.y)):
                outside += 1
        return outside

    def checksum(self):
        total = 0
        for y, row in enumerate(self.grid):
            for x, count in enumerate(row):
                if count:
                    total = (total * 31 + count * (x + 1) + y) % 1000000007
        return total


def main(loops):
    total = 0
    outside = 0
    for k in range(loops):
        game = ChaosGame(64, 48, Random(1234 + k))
        outside += game.run(5000)
        total = (total + game.checksum()) % 1000000007
    print("chaos %d %d %d" % (loops, total, outside))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
