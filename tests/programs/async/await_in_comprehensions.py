class V:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
async def main():
    return [await V(i) for i in range(3)], {await V(k): k for k in 'ab'}
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
