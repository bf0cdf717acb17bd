print(hash(()), hash((0,)), hash((1, 2, 3)), hash(((),)), hash((None,)) == hash((None,)), hash((1.0, 2)) == hash((1, 2.0)))
print(hash((-1,)), hash((2 ** 64,)), hash((True, False)))
