# for/while with break/continue/else.
for i in range(3):
    pass
else:
    print('for completed', i)
for i in range(10):
    if i == 4:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
else:
    print('while completed', n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print('not printed')
out = []
for i in range(10):
    if i % 2:
        continue
    out.append(i)
print(out)
for i in []:
    print('no')
else:
    print('empty else')
for x in range(3):
    for y in range(3):
        if y == x:
            break
    else:
        print('inner else never')
    print(x, y)
found = None
for i, ch in enumerate('hello'):
    if ch == 'l':
        found = i
        break
print(found)
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print('i', i)
else:
    print('never')
