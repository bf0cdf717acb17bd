# del of names, attributes, subscripts, slices; errors afterwards.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[::2]
del lst[-1]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class C: pass
c = C()
c.attr = 1
del c.attr
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f'{type(e).__name__}: {e}'
print(f())
t = [1, [2, 3]]
del t[1][0]
print(t)
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
