def g(name):
    try:
        yield 1
    finally:
        print('finalized', name)
gen = g('a')
next(gen)
del gen
print('after del')
def run():
    gen = g('b')
    next(gen)
run()
print('after run')
