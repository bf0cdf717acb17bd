def producer():
    yield 1
    yield 1 / 0
def consumer():
    return [x * 2 for x in producer()]
consumer()
