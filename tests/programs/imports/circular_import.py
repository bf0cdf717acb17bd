import mod_circular_a
print('main: done', mod_circular_a.A_CONST)
