for seq in [[1], [1, 2], [1, 2, 3, 4, 5], (0, 'x', 'y')]:
    match seq:
        case [only]:
            print('only', only)
        case [*_, last] if len(seq) == 2:
            print('pair ending', last)
        case [0, *names]:
            print('zero then', names)
        case [first, *middle, last]:
            print(first, middle, last)
match [1, 2, 3]:
    case [*all_items]:
        print('all', all_items)
match 'abc':
    case [*chars]:
        print('str matched as sequence?', chars)
    case _:
        print('str is not a sequence pattern subject')
