# bool is a subclass of int with two instances.
print(True, False, repr(True), str(False), int(True), float(False))
print(True + 1, True * 3, True / 2, True // 1, -True, ~False, True << 3, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + True).__name__, type(True ^ False).__name__, type(~True).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(''), bool(' '), bool([]), bool(None), bool(0.0), bool(float('nan')))
print(isinstance(True, int), bool.__mro__, bool.__bases__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True == 1, False == 0, True is True, hash(True), hash(False))
print({True: 'a', 1: 'b', 1.0: 'c'}, {0, False, 0.0})
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print(True.real, True.imag, True.numerator, (True).bit_length(), True.__and__(1), format(True, 'd'), f'{True}', f'{True:>6}')
print(bool.__new__(bool, 5), bool('False'))
print(not True, not not 2, (not 0) + 1)
