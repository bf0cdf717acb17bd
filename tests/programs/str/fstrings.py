# f-strings: expressions, conversions, format specs, nesting, '=' debugging, quotes.
x, name, pi = 42, 'world', 3.14159
print(f'hello {name}!', f'{x + 1}', f'{x!r}', f'{name!r:>10}', f'{pi:.3f}', f'{x:#06x}', f'{"q"}')
width, prec = 10, 3
print(f'{pi:{width}.{prec}}|', f'{pi:{width}.{prec}f}|', f'{x:{"<" if x else ">"}5}|')
print(f'{x=}', f'{x = }', f'{pi=:.2f}', f'{name=!s}', f'{x*2=}')
print(f'{{}}', f'{{{x}}}', f'{[1, 2][0]}', f'{ {"a": 1}["a"] }', f"{'nested ' + f'{x}'}")
print(f'{3.0:g}', f'{1e20:,.0f}', f'{-0.0:+}', f'{12345:_}', f'{0.5:.0%}', f'{"s":^5}', f'{None}', f'{[1, "a"]}')
import datetime
d = datetime.date(2024, 2, 29)
print(f'{d:%Y/%m/%d}', f'{d!r}')
print(f'{(lambda v: v * 2)(3)}', f'{x if x > 40 else 0}', f'{",".join(["a", "b"])}')
try:
    f'{x:q}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{name:d}'
except ValueError as e:
    print(type(e).__name__, e)
print(f'''multi
{x}line''', rf'\n{x}', fr'\t')
