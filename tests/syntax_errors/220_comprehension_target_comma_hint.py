x = [y for a b in c]
