[a, b]: int = x
