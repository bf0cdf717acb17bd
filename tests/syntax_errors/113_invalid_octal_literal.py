x = 0o1x
