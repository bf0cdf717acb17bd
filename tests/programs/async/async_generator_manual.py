async def agen():
    for i in range(3):
        yield i
    print('agen done')
ag = agen()
print(type(ag).__name__)
async def consume():
    out = []
    async for v in ag:
        out.append(v)
    return out
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
