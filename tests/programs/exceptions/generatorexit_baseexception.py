def g():
    try:
        yield 1
    except Exception:
        print('not caught as Exception')
    finally:
        print('finally on close')
gen = g()
next(gen)
gen.close()
print('closed')
