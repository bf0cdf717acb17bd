class C:
    def m(self, a): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(x): pass
c = C()
for call in [lambda: c.m(), lambda: c.m(1, 2), lambda: C.m(1), lambda: c.cm(1), lambda: C.sm(), lambda: C().m(a=1, b=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
