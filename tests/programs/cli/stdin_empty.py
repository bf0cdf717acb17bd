import sys
print(repr(sys.stdin.read()), repr(input.__name__))
try:
    input()
except EOFError as e:
    print('EOF', e)
