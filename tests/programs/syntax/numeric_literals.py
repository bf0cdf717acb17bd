# Numeric literal forms.
print(0b1010, 0o17, 0xFF, 0XAb, 1_000_000, 0x_ff, 0b_1_0)
print(1e3, 1E-3, 1.5e+2, .5, 5., 1_0.0_1, 0e0)
print(3j, 1.5J, 1e2j, 0j)
print(00, 0_0)
print(10**20, 0xFFFFFFFFFFFFFFFFFFFF)
print(1.7976931348623157e308, 5e-324, 1e-400, 1e400)
print(type(1), type(1.0), type(1j))
print(1 .real, 1.0.real, 0x10.bit_length())
