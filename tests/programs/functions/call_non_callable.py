for obj in [1, 'str', None, [1], (1,)]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
class C: pass
try:
    C()()
except TypeError as e:
    print(type(e).__name__, e)
