print(2 + 3 * 4 ** 2, -2 ** 2, (-2) ** 2, 2 ** -1, not 1 == 2, 1 | 2 ^ 3 & 4, 1 << 2 + 1, ~1 + 1, 10 - 2 - 3, 2 ** 2 ** 3)
print(1 < 2 == 2, 1 if 0 else 2 if 0 else 3, (lambda: 1 or 2)(), 5 % 3 * 2, 7 // 2 * 2, -7 // 2, -(7 // 2))
print(True or False and False, (True or False) and False, not True or True, 3 & 5 == 1, (3 & 5) == 1, 'a' 'b' * 2)
