print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], 5)), list(enumerate('x', start=-1)))
e = enumerate(['p', 'q'])
print(next(e), next(e), type(e).__name__, iter(e) is e)
print(list(enumerate('ab', 2 ** 70)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
