# Set iteration order follows CPython's hash table (Objects/setobject.c):
# table sizes, linear probing, perturbation, dummies, resizes, and how each
# operation builds its result. Keys are ints, big ints, floats and tuples
# (str hashes are randomized in CPython, so they are left out).
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def key():
    c = rnd(10)
    if c < 5:
        return rnd(100) - 20
    if c == 5:
        return rnd(9) * 64 + rnd(4)
    if c == 6:
        return [2**61 - 1, 2**61, 2**62 + 3, -2**63, 2**64 + 7, 10**20 + 1][rnd(6)]
    if c == 7:
        return (rnd(80) - 40) / 4
    if c == 8:
        return (rnd(10), rnd(10))
    return rnd(3000)


def keys(n):
    return [key() for _ in range(n)]


sets = [set(keys(rnd(15))) for _ in range(3)]
fz = frozenset(keys(rnd(12)))
d = dict.fromkeys(keys(rnd(10)), 0)
for step in range(300):
    i = rnd(3)
    s = sets[i]
    o = [sets[0], sets[1], sets[2], fz][rnd(4)]
    op = rnd(24)
    if op == 0: s.add(key())
    elif op == 1: s.discard(key())
    elif op == 2 and s: print('pop', s.pop())
    elif op == 3: s.update(keys(rnd(20)))
    elif op == 4: s = s | o
    elif op == 5: s = s & o
    elif op == 6: s = s - o
    elif op == 7: s = s ^ o
    elif op == 8: s |= o
    elif op == 9: s &= o
    elif op == 10: s -= o
    elif op == 11: s ^= o
    elif op == 12: s = s.copy()
    elif op == 13: s = s.union(o, keys(3))
    elif op == 14: s = s.intersection(keys(rnd(30)))
    elif op == 15: s = s.difference(keys(rnd(30)), o)
    elif op == 16: s.difference_update(range(rnd(60)))
    elif op == 17: s.symmetric_difference_update(d)
    elif op == 18: s = set(d.keys() | s)
    elif op == 19: s = d.keys() - s
    elif op == 20: s = {x * (rnd(9) + 1) for x in range(rnd(40))}
    elif op == 21: s = set(range(rnd(200), rnd(300) + 100, rnd(7) + 1))
    elif op == 22: fz = frozenset(s) | fz
    elif op == 23: s.clear()
    sets[i] = s
    print(step, op, s, len(s))
print(fz, {64, 1, 33, 3, 100, 5, 8}, {0, 579, 3.25, 5, 6.25, 7, 6, 79, 18, -11, -2})
for x in {0, 579, 3.25, 5, 6.25, 7, 6, 79, 18, -11, -2}:
    print(x, end=' ')
print()
