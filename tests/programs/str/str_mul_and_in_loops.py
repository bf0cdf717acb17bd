line = '-' * 20
print(line)
box = ['+' + '-' * 5 + '+'] + ['|' + ' ' * 5 + '|'] * 2 + ['+' + '-' * 5 + '+']
print('\n'.join(box))
tri = [('*' * i).center(9) for i in range(1, 10, 2)]
print('\n'.join(t.rstrip() for t in tri))
