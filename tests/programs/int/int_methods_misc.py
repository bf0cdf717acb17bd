print((-12).bit_length(), (12).__bool__(), (0).__bool__(), (7).__ceil__(), int.__add__(2, 3), int.__mul__(3, 4), int.__sub__(10, 1))
print((5).numerator, (5).denominator, (5).real, (5).imag, (-5).conjugate(), (10).__sizeof__() > 0)
print(int.from_bytes(b'\x00\x01', byteorder='big'), (258).to_bytes(2, byteorder='little'), (-129).to_bytes(2, 'big', signed=True))
print(divmod(2 ** 64, 10), (2 ** 64).__divmod__(10), pow(7, 2, 10), (7).__pow__(2, 10), (12).__mod__(5), (12).__rmod__(5))
