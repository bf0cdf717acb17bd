x = (s "" T)
