def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
gen = g()
print(next(gen))
gen.close()
gen.close()
print(list(gen))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
r = returns_on_close()
next(r)
print(r.close())
