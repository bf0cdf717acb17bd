events = [
    {'type': 'click', 'pos': (10, 20), 'button': 'left'},
    {'type': 'click', 'pos': (0, 0), 'button': 'right'},
    {'type': 'key', 'key': 'q', 'mods': ['ctrl']},
    {'type': 'key', 'key': 'a', 'mods': []},
    {'type': 'scroll', 'delta': -3},
    {'type': 'unknown'},
]
for ev in events:
    match ev:
        case {'type': 'click', 'pos': (0, 0)}:
            print('click at origin')
        case {'type': 'click', 'pos': (x, y), 'button': 'left' | 'middle' as b}:
            print('click', x, y, b)
        case {'type': 'key', 'key': k, 'mods': ['ctrl', *rest]}:
            print('ctrl +', k, rest)
        case {'type': 'key', 'key': str(k)} if k.isalpha():
            print('plain key', k)
        case {'type': 'scroll', 'delta': int(d)} if d < 0:
            print('scroll up', -d)
        case {'type': t}:
            print('unhandled', t)
