import sys, os
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)), sys.path[0])
print(all(isinstance(p, str) for p in sys.path))
