if a:
    if b:
        if c:
            1 = x
