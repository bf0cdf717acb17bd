print(1 + True, 2 * False, 5 - True, True // 1, True % 2, 10 ** True, True << 2, 7 & True, [True + True] * 2)
print(type(True + 0).__name__, type(True * 1.0).__name__, sum([True] * 5), max(True, 0), int(True), -False)
