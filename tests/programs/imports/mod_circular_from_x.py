from mod_circular_from_y import Y
X = 'x'
