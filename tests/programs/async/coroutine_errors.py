async def f(): return 1
c = f()
c.send(None) if False else None
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c.close()
class NotAwaitable: pass
async def g():
    await NotAwaitable()
try:
    g().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def h():
    return 5
co = h()
try:
    co.send(None)
except StopIteration as e:
    print('value', e.value)
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self): return 5
async def k():
    await BadAwait()
try:
    k().send(None)
except TypeError as e:
    print(type(e).__name__, e)
