class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class A(Base, tag='a'): pass
class B(A): pass
print(Base.subclasses, A.tag, B.tag)
try:
    class C(Base, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
