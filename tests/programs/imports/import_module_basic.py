import mod_simple
print(mod_simple.VALUE, mod_simple.greet('world'), mod_simple.__name__, type(mod_simple).__name__)
import mod_simple as again
print(again is mod_simple)
