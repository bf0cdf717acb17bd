def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
print(a5(1), make_adder(10)(1))
print(a5.__closure__[0].cell_contents, a5.__code__.co_freevars)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
