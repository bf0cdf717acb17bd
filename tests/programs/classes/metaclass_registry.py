registry = []
class Registered(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            registry.append(name)
class Plugin(metaclass=Registered): pass
class A(Plugin): pass
class B(Plugin): pass
print(registry, type(A).__name__)
class Ordered(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls.fields = [k for k in ns if not k.startswith('_')]
        return cls
class R(metaclass=Ordered):
    z = 1
    a = 2
    m = 3
print(R.fields)
