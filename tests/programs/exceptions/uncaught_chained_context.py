def load():
    try:
        return {}['config']
    except KeyError:
        raise RuntimeError('could not load config')
load()
