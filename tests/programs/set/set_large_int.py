s = set()
for i in range(1000):
    s.add((i * 37) % 1000)
print(len(s), min(s), max(s), sum(s))
for i in range(0, 1000, 2):
    s.discard(i)
print(len(s), sorted(s)[:5], 999 in s, 998 in s)
print(list({i * 8 for i in range(10)}))
