def run(action):
    log = []
    try:
        log.append('try')
        if action == 'raise':
            raise ValueError
        if action == 'return':
            return log + ['returned']
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('after')
    return log
for a in ['none', 'raise', 'return']:
    print(a, run(a))
def nested():
    try:
        try:
            raise KeyError('inner')
        finally:
            print('inner finally')
    except KeyError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
nested()
def else_raises():
    try:
        pass
    except ValueError:
        print('not here')
    else:
        raise ValueError('from else')
try:
    else_raises()
except ValueError as e:
    print('else exception propagates:', e)
