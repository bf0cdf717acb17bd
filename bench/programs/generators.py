"""Generators: data flowing through pipelines of generators: a
pseudo-random source, filters and maps as generator functions and
generator expressions, windows and chunks, a recursive tree walk with
`yield from`, coroutines driven by send(), and early close().
Exercises generator creation, resumption and finalization.
"""
import sys

DEFAULT_SIZE = 500


def numbers(seed, count):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state >> 16


def only(pred, items):
    for item in items:
        if pred(item):
            yield item


def mapped(fn, items):
    for item in items:
        yield fn(item)


def chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def windows(items, width):
    window = []
    for item in items:
        window.append(item)
        if len(window) > width:
            del window[0]
        if len(window) == width:
            yield tuple(window)


def running_mean():
    """A coroutine: send numbers in, get the running mean (as a fraction
    of integers, to stay exact) back."""
    total = count = 0
    result = None
    while True:
        value = yield result
        if value is None:
            break
        total += value
        count += 1
        result = (total, count)
    return total


class Tree:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

    def insert(self, key):
        node = self
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Tree(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Tree(key)
                    return
                node = node.right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.key
        if self.right is not None:
            yield from self.right


def first(n, items):
    it = iter(items)
    taken = []
    for item in it:
        taken.append(item)
        if len(taken) == n:
            break
    if hasattr(it, "close"):
        it.close()
    return taken


def pipeline(seed):
    source = numbers(seed, 3000)
    odd = only(lambda x: x & 1, source)
    squared = mapped(lambda x: x * x % 65521, odd)
    sums = (sum(c) for c in chunks(squared, 7))
    total = 0
    for a, b, c in windows(sums, 3):
        total = (total + a * 3 + b * 2 + c) % 1000000007
    return total


def tree_walk(seed):
    keys = list(numbers(seed, 600))
    root = Tree(keys[0])
    for k in keys[1:]:
        root.insert(k)
    ordered = list(root)
    assert all(a <= b for a, b in zip(ordered, ordered[1:]))
    return sum(i * k for i, k in enumerate(ordered)) % 1000000007


def coroutine(seed):
    mean = running_mean()
    next(mean)
    last = None
    for x in numbers(seed, 2000):
        last = mean.send(x)
    try:
        mean.send(None)
    except StopIteration as stop:
        return stop.value + last[1]
    raise AssertionError("coroutine did not finish")


def main(loops):
    checksum = 0
    for i in range(loops):
        checksum = (checksum + pipeline(i)) % 1000000007
        checksum = (checksum + tree_walk(i + 100)) % 1000000007
        checksum = (checksum + coroutine(i + 200)) % 1000000007
        checksum = (checksum + sum(first(50, numbers(i, 10 ** 9)))) % 1000000007
    print("generators %d %d" % (loops, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
