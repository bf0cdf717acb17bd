try:
    import mod_circular_from_x
except ImportError as e:
    print(type(e).__name__, e)
