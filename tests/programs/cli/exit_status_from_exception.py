print('partial output survives')
raise RuntimeError('fatal')
