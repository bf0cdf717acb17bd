class Evens:
    def __contains__(self, x):
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Truthy:
    def __contains__(self, x): return 'yes'
print(1 in Truthy())
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__, e)
