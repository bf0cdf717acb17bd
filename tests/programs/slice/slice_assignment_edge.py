a = [0, 1, 2, 3, 4]
a[1:4] = []
print(a)
a[:0] = [9, 8]
print(a)
a[len(a):] = [7]
print(a)
a[::-1] = a[:]
print(a)
a[1:1] = range(2)
print(a)
a[-1:] = iter('xy')
print(a)
s = 'abcdef'
print(s[slice(None, None, -1)], s[slice(-2, None)], s[::-2], s[5:0:-2], s[-100::50])
