value = 3.14159
items = ['a', 'b']
print(f'{value=:.2f}', f'{items=}', f'{len(items)=}', f'{value!r:>10}', f'{"x"=}')
width = 8
print(f'{value:>{width}.3f}|', f'{value:^{width}}|', f'{"txt":{"*"}^{width}}|')
print(f'{1_000_000:,}', f'{255:#o}', f'{-255:x}', f'{0.000012345:.3e}', f'{1e100:.2g}', f'{12.5:%}')
