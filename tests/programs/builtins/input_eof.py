try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
