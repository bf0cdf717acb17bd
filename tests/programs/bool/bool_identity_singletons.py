print(bool(1) is True, bool(0) is False, (1 == 1) is True, not None is True, type(1 < 2) is bool)
print(True.__class__.__name__, False.__hash__(), True.__repr__(), True.__str__(), True & 3, True | 2, True ^ 3)
