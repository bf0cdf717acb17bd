for i in x:
    pass
else:
x = 1
