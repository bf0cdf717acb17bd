async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen cleanup')
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = agen()
print(run(g.__anext__()))
print(run(g.aclose()))
g2 = agen()
run(g2.__anext__())
try:
    run(g2.athrow(ValueError('x')))
except ValueError as e:
    print('athrow propagated', e)
