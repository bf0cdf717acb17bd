class C:
    count = 0
    @classmethod
    def make(cls, *a):
        cls.count += 1
        return cls, a
    @staticmethod
    def helper(x):
        return x * 2
class D(C): pass
print(C.make(1)[0].__name__, D.make()[0].__name__, D().make()[0].__name__, C.count, D.count)
print(C.helper(2), C().helper(3), type(C.__dict__['helper']).__name__, type(C.__dict__['make']).__name__)
print(C.__dict__['helper'].__func__(5), C.make.__self__.__name__)
