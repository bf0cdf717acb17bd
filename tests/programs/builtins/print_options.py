import sys
print(1, 2, 3)
print(1, 2, 3, sep='-')
print('a', 'b', sep='', end='!\n')
print('no newline', end='')
print()
print(sep='x')
print('x', 'y', sep=None, end=None)
print(*range(5), sep=', ')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(None, True, 1.0, [1], 'str', b'bytes')
print('file None', file=None)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('captured', 42, file=w, sep='|')
print(w.parts)
for bad in [lambda: print(sep=1), lambda: print(file=5), lambda: print(flush='yes', file=w) or 'flush ok', lambda: print(bogus=1)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
