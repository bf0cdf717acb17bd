class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'resource'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return True
async def main():
    async with ACM() as r:
        print('using', r)
        raise ValueError('suppressed by aexit')
    return 'ok'
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def bad():
    async with object():
        pass
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
