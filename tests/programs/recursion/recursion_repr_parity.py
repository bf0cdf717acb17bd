# Which check raises RecursionError when __repr__ recurses: the builtin
# repr() call, PyObject_Repr and each Python frame each count a level, so the
# message depends on the parity of the limit.
import sys

class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f'Node({self.child!r})'

class R:
    def __repr__(self):
        global m
        m += 1
        return repr(self)

for lim in (50, 51, 100, 101, 400):
    sys.setrecursionlimit(lim)
    try:
        repr(Node())
    except RecursionError as e:
        print(lim, type(e).__name__, e)
    m = 0
    try:
        repr(R())
    except RecursionError as e:
        print(lim, 'levels', m, e)
sys.setrecursionlimit(1000)
