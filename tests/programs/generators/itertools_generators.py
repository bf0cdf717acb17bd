import itertools
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.permutations('abc', 2))[:4], list(itertools.combinations(range(4), 2)))
print(list(itertools.product('ab', repeat=2)), list(itertools.groupby('aabbbc')) and [(k, len(list(g))) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.repeat('r', 3)), list(itertools.compress('abcd', [1, 0, 1, 0])))
c = itertools.count(5, 2)
print(next(c), next(c), list(itertools.islice(itertools.cycle('xy'), 5)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
