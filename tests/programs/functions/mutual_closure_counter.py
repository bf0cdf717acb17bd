def bank():
    balance = 0
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f'insufficient: {balance} < {n}')
        balance -= n
        return balance
    return deposit, withdraw
d, w = bank()
print(d(100), w(30), d(5))
try:
    w(1000)
except ValueError as e:
    print(e)
