def tree_walk(t, depth=0):
    if isinstance(t, list):
        for c in t:
            yield from tree_walk(c, depth + 1)
    else:
        yield (depth, t)
print(list(tree_walk([1, [2, [3, 4]], [[5]]])))
def perms(s):
    if len(s) <= 1:
        yield s
        return
    for i, c in enumerate(s):
        for p in perms(s[:i] + s[i + 1:]):
            yield c + p
print(list(perms('abc')))
