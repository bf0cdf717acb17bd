print('a' < 'B', 'Z' < 'a', 'é' > 'z', 'apple' < 'apples', '' < 'a', 'abc' == 'abc', 'a' != 'A', '😀' > 'ﬃ')
print(sorted(['é', 'e', 'f', 'E', 'É']), sorted(['é', 'e', 'f'], key=str.casefold), max(['b', 'a', 'c']))
