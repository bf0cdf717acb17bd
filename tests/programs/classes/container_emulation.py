class Matrix:
    def __init__(self, rows): self.rows = rows
    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]
    def __setitem__(self, rc, v):
        r, c = rc
        self.rows[r][c] = v
    def __len__(self): return len(self.rows)
    def __iter__(self): return iter(self.rows)
    def __contains__(self, v): return any(v in r for r in self.rows)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f'Matrix({self.rows})'
m = Matrix([[1, 2], [3, 4]])
m[0, 1] = 5
print(m[0, 1], len(m), list(m), 4 in m, 9 in m, m == Matrix([[1, 5], [3, 4]]), m @ m)
