for args in [('1', '2'), (1, '2'), ('x',), ([],), (None,)]:
    try:
        complex(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(real=1, imag=2), complex(imag=3), complex('1e3j'), complex('  -1.5+0.5j  '), complex('(0)'))
