# global and nonlocal declarations.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = make()
inc(); inc(); inc()
print(get())
def outer():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'inner'
        inner()
    mid()
    return x
print(outer())
def define_global():
    global newname
    newname = 'created'
define_global()
print(newname)
def shadow():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(type(e).__name__, e)
shadow()
def shadow_nested():
    v = 1
    def inner():
        try:
            v += 1
        except UnboundLocalError as e:
            print(type(e).__name__, e)
    inner()
shadow_nested()
