print('a.b.c'.replace('.', '', 1), 'aaaa'.replace('aa', 'b'), 'abab'.replace('ab', 'ab' * 2), 'xyz'.replace('', ''), 'ab'.replace('ab', ''))
print('mississippi'.count('ss'), 'mississippi'.count('issi'), 'mississippi'.replace('issi', 'X'), 'aaa'.count('a', 1), 'aaa'.count('a', -1))
