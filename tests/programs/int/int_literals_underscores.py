print(1_000_000 + 0b_1111_0000 + 0o_7_7 + 0x_dead_beef)
print(int('1_000'), int('0b_101', 0), int('0o_17', 0), float('1_0.5'), complex('1_0j'))
for s in ['1__0', '_10', '10_', '0_b1', '0b1_']:
    try:
        int(s, 0)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
