d = {i: str(i) for i in range(5)}
print([d.popitem() for _ in range(3)], d)
d[10] = 'ten'
print(d.popitem(), d)
