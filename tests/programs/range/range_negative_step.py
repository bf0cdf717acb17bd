for r in [range(10, 0, -1), range(0, 10, -1), range(-1, -10, -3), range(5, -5, -5)]:
    print(r, list(r), len(r), r[0] if r else None, r[-1] if r else None)
print(list(range(10, 0, -3)[::-1]), range(10, 0, -3)[1:], range(0, 20, 5)[::-2])
