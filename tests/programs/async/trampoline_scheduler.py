class Sleep:
    def __await__(self):
        yield 'sleep'
async def task(name, n):
    for i in range(n):
        print(name, i)
        await Sleep()
    return name + ' finished'
tasks = [task('a', 2), task('b', 3), task('c', 1)]
results = []
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        results.append(e.value)
print(results)
