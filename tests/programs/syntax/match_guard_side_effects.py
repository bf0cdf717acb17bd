calls = []
def check(tag, result):
    calls.append(tag)
    return result
match (1, 2):
    case (a, b) if check('g1', a > b):
        print('first')
    case (a, b) if check('g2', a < b):
        print('second', a, b)
    case _ if check('g3', True):
        print('third')
print(calls)
match 5:
    case x if x > 10:
        pass
    case _:
        print('x bound by failed guard case:', x)
