d = {}
for d['k'] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in 'ab':
    pass
print(o.attr)
lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)
for i, (a, *b) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, b)
