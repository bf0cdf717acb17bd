print(list(zip('abc', range(5))), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
print(list(zip('ab', 'cd', strict=True)))
for args in [('abc', 'ab'), ('ab', 'abc'), ('a', 'a', 'ab')]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
