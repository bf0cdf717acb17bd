# int <-> str conversions, repr, formatting builtins.
for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64) + 1, 10 ** 25]:
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(str(10 ** 4299)[:5], len(str(10 ** 4299)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int('1' * 5000, 16) % 1000)
print(format(1234567, ','), format(1234567, '_'), format(255, '#x'), format(-255, '#010b'))
print(f'{12:>6}|{12:<6}|{12:^6}|{-12:06}|{12:+}|{12: }')
print((65).__index__(), (1).__str__(), (10).__repr__())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes(b'', 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((5).to_bytes(), int.from_bytes([1, 2]))
