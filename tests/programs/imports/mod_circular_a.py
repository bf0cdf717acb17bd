print('a: start')
import mod_circular_b
A_CONST = 'A'
print('a: end, b.B_CONST =', mod_circular_b.B_CONST)
