class Field:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, cls):
        if obj is None:
            return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, v):
        setattr(obj, self.name, v)
class M:
    x = Field()
    y = Field()
m = M()
m.x = 1
print(m.x, m.y, type(M.x).__name__, sorted(vars(m)))
