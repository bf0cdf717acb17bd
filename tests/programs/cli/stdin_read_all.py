import sys
data = sys.stdin.read()
print(repr(data))
print(len(data.splitlines()), sum(int(x) for x in data.split()))
