print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], 5), sum(range(101)), sum([1.5, 2], start=1))
for bad in [lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([1, 'a']), lambda: sum(5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([True, True]), sum([1, 2.5, 3j]), sum([10 ** 20, 1]))
