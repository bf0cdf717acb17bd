import sys
s = sys.stdin.read()
print(len(s), s.upper(), [hex(ord(c)) for c in s.strip()])
