class A:
    def hello(self): return 'A'
    @classmethod
    def cm(cls): return 'A.cm from ' + cls.__name__
class B(A):
    def hello(self): return 'B>' + super().hello()
    @classmethod
    def cm(cls): return 'B>' + super().cm()
class C(A):
    def hello(self): return 'C>' + super().hello()
class D(B, C):
    def hello(self): return 'D>' + super().hello()
print(D().hello(), D.cm(), super(B, D()).hello(), super(C, D()).hello())
class E(A):
    def nested(self):
        return [super().hello() for _ in range(1)]
try:
    print(E().nested())
except TypeError as e:
    # 3.11: the comprehension is its own function whose first argument is the iterator, not self
    print(type(e).__name__, e)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)
outside()
