async def f():
    pass
c = f()
print(f.__name__, c.__name__, c.__qualname__, type(c).__name__, c.cr_running, c.cr_await)
import inspect
print(inspect.iscoroutinefunction(f), inspect.iscoroutine(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
