print('b: start')
import mod_circular_a
B_CONST = 'B'
print('b: sees a partially initialised, has A_CONST:', hasattr(mod_circular_a, 'A_CONST'))
