# stdout and stderr are separate pipes; each stream's own content order is what is compared.
import sys
print('out 1')
print('err 1', file=sys.stderr)
sys.stdout.write('out 2\n')
sys.stderr.write('err 2\n')
print('out 3', flush=True)
print('err 3', file=sys.stderr, flush=True)
