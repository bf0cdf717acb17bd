def f():
    import mod_counter
    from mod_simple import greet
    return mod_counter.bump(), greet('f')
print(f(), f())
try:
    mod_counter
except NameError as e:
    print(type(e).__name__, e)
