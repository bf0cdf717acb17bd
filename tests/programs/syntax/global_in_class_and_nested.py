x = 0
class C:
    global x
    x = 'set from class body'
print(x)
def f():
    def g():
        global x
        x = 'set from nested function'
    g()
f()
print(x)
y = 1
def reads_global():
    return y + 1
y = 10
print(reads_global())
