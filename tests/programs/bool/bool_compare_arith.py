print(True > False, True == 1.0, False < 0.5, True + 0.5, True / True, False ** 0, divmod(True, True), round(True))
print(str(True), repr(False), bool('0'), bool(0.0), bool(-0.0), bool(1e-320), int('1') == True)
print(hash(True) == hash(1), {1: 'a'}[True], [10, 20][True], 'ab'[False])
