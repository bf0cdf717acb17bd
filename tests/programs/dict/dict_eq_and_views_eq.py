a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, list(a) == list(b), a.keys() == b.keys(), a.items() == b.items(), a.values() == b.values())
print(a.keys() == {'x', 'y'}, a.items() == {('x', 1), ('y', 2)}, a.keys() | ['z'] == {'x', 'y', 'z'})
