class Base:
    @property
    def name(self): return 'base'
class Child(Base):
    @property
    def name(self): return 'child+' + super().name
print(Child().name)
class Settable(Base):
    @Base.name.setter
    def name(self, v): self._n = v
s = Settable()
s.name = 'x'
print(s.name, s._n)
