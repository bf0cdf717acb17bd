# float.hex / float.fromhex.
for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0]:
    print(repr(v), v.hex())
for s in ['0x1p0', '0x1.8p1', '-0x1.999999999999ap-4', '0X1P-1074', '0x.8p0', 'inf', '-Infinity', 'nan', '  0x10  ', '0x1.fffffffffffff8p0', '1']:
    print(s, float.fromhex(s))
for s in ['0x', '0x1p', 'zz', '0x1.g']:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float.fromhex('0x1p10000')
except OverflowError as e:
    print(type(e).__name__, e)
print(float.fromhex('0x1p-2000'))
