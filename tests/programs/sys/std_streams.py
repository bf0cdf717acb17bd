import sys
sys.stdout.write('written directly\n')
n = sys.stdout.write('count me')
print()
print(n)
sys.stderr.write('to stderr\n')
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding)
print(sys.stdout.isatty(), sys.stdin.isatty())
print(sys.__stdout__ is sys.stdout, hasattr(sys.stdout, 'flush'))
