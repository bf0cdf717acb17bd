# A RecursionError caught by Python code and raised again later, through a
# __repr__, is the same object (krait rewords stack overflows passing through
# repr() only until Python code has caught them).
a = b = []
for i in range(200000): a = [a]; b = [b]
try:
    a == b
except RecursionError as e:
    saved = e
class E:
    def __repr__(self): raise saved
try:
    repr(E())
except RecursionError as e:
    print(e is saved)
