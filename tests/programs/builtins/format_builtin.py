print(format(3.14159, '.2f'), format(42), format('x', '>3'), format(1234, ','), format(None), format([1]))
class F:
    def __format__(self, spec): return f'F[{spec}]'
print(format(F(), 'abc'), format(F()))
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
