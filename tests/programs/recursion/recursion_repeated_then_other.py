def a(n):
    if n > 0:
        return a(n - 1)
    return b(0)
def b(n):
    return b(n + 1)
a(10)
