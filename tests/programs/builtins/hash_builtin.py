print(hash(42), hash(-1), hash(1.5), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None), hash(True))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
