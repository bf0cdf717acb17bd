# Or-patterns, as-patterns, guards, group patterns, and evaluation order.
def classify(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return f'going {direction}'
        case ['pick', 'up', item] | ['take', item]:
            return f'taking {item}'
        case ['drop', *items] if items:
            return f'dropping {items}'
        case ['drop']:
            return 'drop what?'
        case [('quit' | 'exit')]:
            return 'bye'
        case [verb, *_] as whole:
            return f'unknown {verb} in {whole}'
        case _:
            return 'empty'
for c in ['go north', 'go up', 'pick up lamp', 'take key', 'drop a b', 'drop', 'quit', 'exit', 'dance now', '']:
    print(repr(c), classify(c))
log = []
def g(v, r):
    log.append(v)
    return r
match 5:
    case 1 if g('a', True):
        pass
    case x if g('b', False):
        pass
    case x if g('c', True):
        print('third case, x =', x)
print(log)
match (1, 2):
    case (1, y) | (y, 1):
        print('y', y)
match [3, 1]:
    case [1, y] | [y, 1]:
        print('y', y)
match 'x':
    case (('a' | 'x') as inner) as outer:
        print(inner, outer)
match 3:
    case (3):
        print('group pattern')
x = 'unchanged'
match (1, 2):
    case (x, 3):
        pass
    case _:
        pass
print(x)  # the language leaves this unspecified; CPython binds only on success
