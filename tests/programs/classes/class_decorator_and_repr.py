def auto_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls
@auto_repr
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(Pt(1, 'b'), [Pt(0, 0)])
