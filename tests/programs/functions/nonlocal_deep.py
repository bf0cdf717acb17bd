def a():
    x = 0
    def b():
        def c():
            nonlocal x
            x += 1
        c(); c()
    b()
    return x
print(a())
