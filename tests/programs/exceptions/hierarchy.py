for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError, RecursionError, ModuleNotFoundError,
            StopAsyncIteration, KeyboardInterrupt, SystemExit, GeneratorExit, UnicodeDecodeError, NotImplementedError,
            TimeoutError, BrokenPipeError, FloatingPointError, OverflowError, TabError, ExceptionGroup, BaseExceptionGroup]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), IOError is OSError, EnvironmentError is OSError)
