async def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            return
        received.append(v)
g = echo()
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
print(run(g.__anext__()), run(g.asend('a')), run(g.asend('b')))
try:
    run(g.asend(None))
except StopAsyncIteration as e:
    print(type(e).__name__)
