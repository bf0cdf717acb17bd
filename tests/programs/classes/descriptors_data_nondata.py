class NonData:
    def __get__(self, obj, objtype=None):
        return ('nondata', obj is None)
class Data:
    def __get__(self, obj, objtype=None):
        return ('data', obj is None)
    def __set__(self, obj, value):
        print('set', value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d, C.nd, C.d)
c.__dict__['nd'] = 'instance wins over non-data'
c.__dict__['d'] = 'data descriptor wins'
print(c.nd, c.d)
c.d = 5
c.nd = 6
print(c.nd, vars(c))
