import inspect
def g():
    yield 1
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame)
print(g.__name__, gen.__name__, gen.__qualname__, type(gen).__name__, iter(gen) is gen)
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
