class Grid:
    def __getitem__(self, key):
        if isinstance(key, tuple):
            return [self[k] for k in key]
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('item', key)
g = Grid()
print(g[1], g[1:2], g[::], g[:, 1], g[1:2, ::3], g[..., 0], g['a':'b':'c'])
class SetItem:
    def __setitem__(self, key, v): print('set', key, v)
    def __delitem__(self, key): print('del', key)
s = SetItem()
s[1:2] = 'x'
s[::2, 0] = 'y'
del s[:]
