print(sorted([3, 1, 2]), sorted('cba'), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}), sorted([], key=len))
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], len)
except TypeError as e:
    print(type(e).__name__, e)
