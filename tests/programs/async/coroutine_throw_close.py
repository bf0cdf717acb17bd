class Suspend:
    def __await__(self):
        yield 'paused'
async def worker():
    try:
        await Suspend()
    except ValueError as e:
        return f'handled {e}'
c = worker()
print(c.send(None))
try:
    c.throw(ValueError('oops'))
except StopIteration as e:
    print(e.value)
c2 = worker()
c2.send(None)
c2.close()
print(c2.cr_frame)
