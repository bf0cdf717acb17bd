"""Hexiom: solve hexagonal tile-placement puzzles.  Each numbered tile must
end up with exactly that many occupied neighbours; some tiles are locked in
place.  The solver counts every solution with constraint propagation over
per-cell domains (bit masks) and depth-first search with copying.
Exercises bit operations, list copying, nested loops over neighbour lists,
exceptions for dead ends, and a deterministic puzzle generator.
"""
import sys

DEFAULT_SIZE = 70
EMPTY_BIT = 1 << 7          # bit v (0..6) = "a tile showing v"; bit 7 = empty
ALL_VALUES = (1 << 8) - 1


class Contradiction(Exception):
    pass


class Random:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def random(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) / 134217728.0


def popcount(mask):
    n = 0
    while mask:
        mask &= mask - 1
        n += 1
    return n


def single_value(mask):
    """The value v if mask has exactly one bit set, else -1."""
    if mask and mask & (mask - 1) == 0:
        return mask.bit_length() - 1
    return -1


class HexGrid:
    """A hexagon of cells with `side` cells per edge, in axial coordinates."""

    def __init__(self, side):
        r = side - 1
        self.coords = [(q, s) for q in range(-r, r + 1) for s in range(-r, r + 1) if abs(q + s) <= r]
        index = {c: i for i, c in enumerate(self.coords)}
        self.neighbours = []
        for q, s in self.coords:
            near = []
            for dq, ds in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)):
                j = index.get((q + dq, s + ds))
                if j is not None:
                    near.append(j)
            self.neighbours.append(near)

    def __len__(self):
        return len(self.coords)


class State:
    def __init__(self, domains, totals):
        self.domains = domains
        self.totals = totals        # how many cells must end up with each value (index 7: empty)

    def copy(self):
        return State(self.domains[:], self.totals)

    def restrict(self, i, mask):
        """Intersect cell i's domain with mask; True if it shrank."""
        old = self.domains[i]
        new = old & mask
        if new == old:
            return False
        if new == 0:
            raise Contradiction(i)
        self.domains[i] = new
        return True

    def propagate(self, grid):
        changed = True
        while changed:
            changed = False
            domains = self.domains
            # Count constraints: each value is used exactly totals[v] times.
            for v in range(8):
                bit = 1 << v
                fixed = possible = 0
                for d in domains:
                    if d & bit:
                        possible += 1
                        if d == bit:
                            fixed += 1
                need = self.totals[v]
                if fixed > need or possible < need:
                    raise Contradiction(v)
                if fixed == need and possible > need:
                    for i, d in enumerate(domains):
                        if d & bit and d != bit:
                            changed |= self.restrict(i, ~bit)
                elif possible == need and fixed < need:
                    for i, d in enumerate(domains):
                        if d & bit:
                            changed |= self.restrict(i, bit)
            # Neighbour constraints: a tile's value lies between the number
            # of surely occupied and possibly occupied neighbours.
            for i, near in enumerate(grid.neighbours):
                d = domains[i]
                if d == EMPTY_BIT:
                    continue
                lo = hi = 0
                for j in near:
                    dj = domains[j]
                    if dj & ~EMPTY_BIT:
                        hi += 1
                        if not dj & EMPTY_BIT:
                            lo += 1
                allowed = EMPTY_BIT | (((1 << (hi + 1)) - 1) & ~((1 << lo) - 1))
                if d & ~allowed:
                    changed |= self.restrict(i, allowed)
                    d = domains[i]
                v = single_value(d)
                if v < 0 or v == 7:
                    continue
                if v == lo and hi > lo:
                    for j in near:
                        if domains[j] & EMPTY_BIT:
                            changed |= self.restrict(j, EMPTY_BIT)
                elif v == hi and hi > lo:
                    for j in near:
                        if domains[j] & ~EMPTY_BIT:
                            changed |= self.restrict(j, ~EMPTY_BIT)

    def undecided(self):
        best, best_count = -1, 99
        for i, d in enumerate(self.domains):
            if d & (d - 1):
                count = popcount(d)
                if count < best_count:
                    best, best_count = i, count
        return best


def count_solutions(grid, state, stats):
    stats["nodes"] += 1
    try:
        state.propagate(grid)
    except Contradiction:
        stats["dead_ends"] += 1
        return 0
    i = state.undecided()
    if i < 0:
        return 1
    total = 0
    d = state.domains[i]
    for v in range(8):
        if d & (1 << v):
            branch = state.copy()
            branch.domains[i] = 1 << v
            total += count_solutions(grid, branch, stats)
    return total


def make_puzzle(grid, rng, density, locked):
    occupied = [rng.random() < density for _ in range(len(grid))]
    values = []
    for i, near in enumerate(grid.neighbours):
        values.append(sum(1 for j in near if occupied[j]) if occupied[i] else 7)
    totals = [0] * 8
    for v in values:
        totals[v] += 1
    domains = [ALL_VALUES] * len(grid)
    tiles = [i for i in range(len(grid)) if occupied[i]]
    for k in range(min(locked, len(tiles))):
        i = tiles[int(rng.random() * len(tiles))]
        domains[i] = 1 << values[i]
    return State(domains, totals)


def main(puzzles):
    grid = HexGrid(3)
    rng = Random(2011)
    stats = {"nodes": 0, "dead_ends": 0}
    checksum = 0
    solutions = 0
    for k in range(puzzles):
        puzzle = make_puzzle(grid, rng, 0.55 + 0.02 * (k % 5), 2)
        found = count_solutions(grid, puzzle, stats)
        solutions += found
        checksum = (checksum * 1000003 + found) % 2147483647
    print("hexiom %d solutions=%d checksum=%d nodes=%d dead_ends=%d" % (
        puzzles, solutions, checksum, stats["nodes"], stats["dead_ends"]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
