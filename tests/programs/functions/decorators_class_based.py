class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CountCalls
def sq(x): return x * x
print(sq(3), sq(4), sq.calls)
def deco_method(m):
    def w(self, *a):
        return ('wrapped', m(self, *a))
    return w
class K:
    @deco_method
    def go(self, v): return v
print(K().go(5))
