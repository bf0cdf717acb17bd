print(property, staticmethod, classmethod, type(property()).__name__)
p = property(lambda self: 1, doc='docd')
print(p.__doc__, p.fget is not None, p.fset, p.fdel)
