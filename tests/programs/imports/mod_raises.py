print('mod_raises partially runs')
raise ValueError('error during import')
