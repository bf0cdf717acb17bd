import typing
from typing import (TypeVar, Generic, Protocol, Optional, Union, List, Dict, Tuple, Set, Callable, Iterable,
                    Iterator, Any, NoReturn, ClassVar, Final, Literal, TypedDict, NamedTuple, cast, overload,
                    TYPE_CHECKING, get_type_hints, runtime_checkable, Sequence, Mapping, FrozenSet, Type)
T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', int, str)
print(T, K, S, repr(T), T.__name__, K.__bound__, S.__constraints__, TYPE_CHECKING)
print(Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Set[T], Callable[[int, str], bool], Callable[..., int], Iterable[int], Iterator[str])
print(Any, NoReturn, ClassVar[int], Final[str], Literal[1, 'a'], Type[int], Sequence[int], Mapping[str, Any], FrozenSet[int])
print(List, Dict, Optional, Union, Callable)
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int], List[int].__origin__, Dict[str, int].__args__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(Union[int, str]), typing.get_args(Optional[int]))
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
b = Box[int](3)
print(b.get(), Box[int], Box.__parameters__, isinstance(b, Box))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen))
class P(NamedTuple):
    x: int
    y: float = 0.5
    def norm(self):
        return self.x + self.y
p = P(1)
print(p, p.norm(), P._fields, p._replace(x=3), P._field_defaults, p._asdict(), isinstance(p, tuple))
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'z'), Q.__annotations__)
class TD(TypedDict):
    a: int
    b: str
td = TD(a=1, b='x')
print(td, type(td), TD.__annotations__, sorted(TD.__required_keys__))
print(cast(int, 'x'), cast('str', 1))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(2))
def g(a: int, b: 'str' = 'x') -> Optional[int]:
    pass
print(get_type_hints(g), g.__annotations__)
class C:
    x: int
    y: ClassVar[str] = 'k'
print(get_type_hints(C))
try:
    Union[()]
except TypeError as e:
    print(e)
try:
    isinstance(1, List[int])
except TypeError as e:
    print(e)
print(int | List[int], Optional[int] | str, typing.Union[int, str] | None)
print(typing.TypeAlias, typing.AnyStr, typing.Hashable, typing.Sized, typing.Awaitable[int], typing.Generator[int, None, None])
print(typing.Annotated[int, 'meta'], typing.ParamSpec('P'), typing.NewType('UserId', int), typing.NewType('UserId', int)(5))
print(typing.final.__name__, typing.no_type_check(g) is g, typing.Self if hasattr(typing, 'Self') else '')
