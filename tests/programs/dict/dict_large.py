# Many insertions and deletions preserve order and content.
d = {}
for i in range(2000):
    d[i * 7 % 2003] = i
for i in range(0, 2000, 3):
    del d[i * 7 % 2003]
print(len(d), list(d)[:10], list(d.values())[-5:], sum(d), sum(d.values()))
d2 = dict.fromkeys(range(100))
for i in range(100):
    d2.pop(i)
    d2[i + 1000] = i
print(len(d2), list(d2)[:3], list(d2)[-3:])
