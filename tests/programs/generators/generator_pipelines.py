def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def squares(it):
    for x in it:
        yield x * x
print(list(take(5, squares(numbers()))))
import itertools
print(list(itertools.islice(numbers(), 3, 8, 2)), list(itertools.takewhile(lambda x: x < 4, numbers())))
print(list(zip(numbers(), 'abc')), sum(take(100, numbers())))
