print(0 or 'x', '' or 0 or [], 'a' and 'b', 'a' and 0, None and 1/0, 1 or 1/0)
print([] or {} or () or 'last', 1 and 2 and 3, 1 and 0 and 3)
x = None
y = x or 'default'
print(y)
