def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(2 ** 64 * 3, 6 ** 30), egcd(240, 46), egcd(-17, 5), gcd(-12, -18), gcd(0, 5))
primes = [n for n in range(2, 100) if all(n % p for p in range(2, int(n ** 0.5) + 1))]
print(primes)
def modpow(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(modpow(3, 10 ** 18, 10 ** 9 + 7) == pow(3, 10 ** 18, 10 ** 9 + 7))
