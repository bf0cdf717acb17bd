class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ('suspend', self.v)
        return got * 2
async def main():
    a = await Ready(1)
    b = await Ready(2)
    return a + b
c = main()
print(c.send(None))
print(c.send(10))
try:
    c.send(100)
except StopIteration as e:
    print('done', e.value)
