import mod_counter
import mod_counter
print(mod_counter.bump(), mod_counter.bump())
import mod_counter as mc
print(mc.count)
import sys
del sys.modules['mod_counter']
import mod_counter
print('fresh module', mod_counter.count, mc.count)
