from typing import TypeVar, Generic, Protocol, Iterator, Dict, List, Optional, runtime_checkable, Any, Callable, Union
import typing
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
class IntPair(Pair[int, V]):
    pass
print(Pair.__parameters__, IntPair.__parameters__, IntPair[str], Pair[int, str], Pair[K, V][int, str], Dict[K, List[V]][str, int])
print(IntPair.__mro__, IntPair(1, 'a').v, Pair.__orig_bases__ if hasattr(Pair, '__orig_bases__') else None, IntPair.__orig_bases__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def __iter__(self) -> Iterator[T]:
        return iter(self.items)
s: Stack[int] = Stack()
s.push(1)
print(list(s), Stack[int]().__orig_class__ if hasattr(Stack[int](), '__orig_class__') else '')
try:
    Pair[int]
except TypeError as e:
    print(e)
try:
    class Bad(Generic[int]): pass
except TypeError as e:
    print(e)
try:
    isinstance(1, Closer.__class__) 
except TypeError as e:
    print(e)
class NP(Protocol):
    x: int
try:
    isinstance(1, NP)
except TypeError as e:
    print(e)
print(Optional[List[Dict[str, Any]]], Callable[[], None], Union[int, 'Foo'], typing.get_type_hints(Stack.push))
print(List[int] == list[int], Optional[int] == int | None, Union[int, str] == (int | str))
