for z in [complex(1, 1), complex(0, 1), complex(-0.0, 1), complex(0.0, -0.0), complex(1e16, 1e-16), complex(float('nan'), 1), complex(1, float('-inf')), 1.5 + 0j, -1j, complex(-0.0, 0.0), 1e300 * 1e300j if False else complex(1e300, -1e300)]:
    print(repr(z), str(z), format(z), format(z, 'g'))
