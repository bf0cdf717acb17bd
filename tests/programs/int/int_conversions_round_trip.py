for base in (2, 3, 8, 10, 16, 36):
    n = 123456789 ** 3
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    s = ''
    m = n
    while m:
        m, r = divmod(m, base)
        s = digits[r] + s
    print(base, s, int(s, base) == n)
print(int('-' + 'z' * 20, 36), int('Z' * 3, 36), int('0' * 50 + '1'))
