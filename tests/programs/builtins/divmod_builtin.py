print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7), divmod(True, 2))
class D:
    def __divmod__(self, o): return ('div', o)
    def __rdivmod__(self, o): return ('rdiv', o)
print(divmod(D(), 1), divmod(1, D()))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
