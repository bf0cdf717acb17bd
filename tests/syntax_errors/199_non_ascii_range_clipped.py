ñ = f(é for é in y, 1)
