x = [a 1 if b]
