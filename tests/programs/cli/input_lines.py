name = input('name? ')
age = int(input())
print(f'{name} is {age}')
try:
    input('more? ')
except EOFError as e:
    print(type(e).__name__, e)
