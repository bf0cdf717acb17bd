print(set(), frozenset(), {1}, frozenset({2}), {(1, 2)}, {None}, {1.5}, {frozenset({1})})
print({1, 2} == {2, 1}, {1} == {1.0}, {1, 2} != {1}, frozenset([1]) == {1}, set('') == set())
