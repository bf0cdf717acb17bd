class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'
try:
    raise NotFound(404, 'missing')
except AppError as e:
    print(type(e).__name__, e, repr(e), e.code, e.args)
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)), str(NoInit('s')))
class WeirdArgs(Exception):
    def __init__(self, a, b):
        self.a = a
e = WeirdArgs(1, 2)
print(e.args, repr(e))
