# Conditional expressions: laziness, nesting, precedence with lambda and comprehensions.
def boom():
    raise RuntimeError('evaluated')
print(1 if True else boom())
print(boom() if False else 2)
x = 0
print('neg' if x < 0 else 'zero' if x == 0 else 'pos')
for x in (-3, 0, 3):
    print('neg' if x < 0 else 'zero' if x == 0 else 'pos', end=' ')
print()
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print([f(i) for i in range(4)])
print([i if i % 2 else -i for i in range(5) if i != 3])
print((1 if [] else 2), (1 if [0] else 2))
y = 3 + 4 if 0 else 5 * 2
print(y)
