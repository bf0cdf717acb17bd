from mod_circular_from_x import X
Y = 'y'
