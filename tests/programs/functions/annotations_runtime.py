x: int = 5
y: 'undefined'
print(__annotations__, x)
class C:
    a: int
    b: str = 'x'
print(C.__annotations__, C.b, hasattr(C, 'a'))
def f(p: 'P' = 1) -> None: ...
print(f.__annotations__)
