# Mutating a dict while iterating raises RuntimeError; modifying values is fine.
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'x'
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 'a', 2: 'b'}
for k in d:
    d[k] = d[k] * 2
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d.keys():
        d.pop(k)
        d[k + 100] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for item in d.items():
        d.clear()
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
