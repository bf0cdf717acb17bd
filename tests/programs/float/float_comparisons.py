print(0.1 + 0.2 > 0.3, 1.0 == 1, -0.0 == 0.0, -0.0 < 0.0, 1e308 < float('inf'), float('-inf') < -1e308)
print(sorted([2.5, -1.0, 0.0, -0.0, 1e-300, float('inf'), float('-inf')]))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0))
print(1.0 < 2 ** 1000, float('inf') > 2 ** 1000, 2 ** 1000 < float('inf'), 0.5 < True)
