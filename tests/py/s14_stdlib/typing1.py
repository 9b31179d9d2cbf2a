# typing: special forms and their reprs, generics, TypeVar, Protocol, NamedTuple, TypedDict, get_type_hints
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, TypeVar, Generic,
    Protocol, runtime_checkable, NamedTuple, TypedDict, Literal, Final, ClassVar, cast, overload,
    TYPE_CHECKING, get_type_hints, get_origin, get_args, Iterable, Sequence, Mapping, NewType,
    Annotated, FrozenSet, Type, Iterator)
import typing
print(Any, Optional[int], Union[int, str], Union[int], Union[int, Union[str, int]], Optional[Union[int, str]])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Set[str], FrozenSet[int], Type[int])
print(Callable[[int, str], bool], Callable[..., int], Literal["a", 1], Final[int], ClassVar[List[int]])
print(Iterable[int], Sequence[str], Mapping[str, int], Iterator[int], Annotated[int, "meta"])
print(list[int], dict[str, int], tuple[int, str], type[int], list[list[int]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(int), get_args(Callable[[int], str]), get_origin(list[int]))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int])
T = TypeVar("T"); K = TypeVar("K", bound=int); C = TypeVar("C", int, str); Co = TypeVar("Co", covariant=True)
print(T, K.__bound__, C.__constraints__, Co, T.__name__)
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
b = Box[int](5)
print(Box[int], b.get(), Box.__parameters__, isinstance(b, Box), Box(3).item)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer), issubclass(F, Closer))
class NotRT(Protocol):
    def x(self): ...
try: isinstance(F(), NotRT)
except TypeError as e: print(e)
class P(NamedTuple):
    x: int
    y: int = 0
    def norm(self): return abs(self.x) + abs(self.y)
p = P(3, -4); print(p, p.x, p.norm(), P(1), p._asdict(), P._fields, p[1])
Q = NamedTuple("Q", [("a", int), ("b", str)]); print(Q(1, "z"))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="Blade", year=1982); print(m, type(m).__name__, Movie.__required_keys__ == frozenset({"name", "year"}))
class Partial(TypedDict, total=False):
    x: int
print(Partial.__optional_keys__, Partial.__total__)
print(cast(int, "not int"), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
def g(a: int, b: "str" = "x") -> Optional[int]: return None
print(get_type_hints(g))
class HasHints:
    a: int
    b: List[str]
print(get_type_hints(HasHints))
UserId = NewType("UserId", int); print(UserId(5), UserId)
try: Union[()]
except TypeError as e: print(e)
try: isinstance(3, List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence))
try: Optional[int]()
except TypeError as e: print(e)
def deco_list(x: list[int]) -> dict[str, int]: return {}
print(deco_list.__annotations__)
U = int | str
print(U, int | None, type(U).__name__, U == (str | int), isinstance(3, U), isinstance(None, int | None), issubclass(bool, U))
print(list[int] | None, typing.get_args(U), typing.Optional[int] == (int | None), Union[int, str | None])
def ann(x: int | None = None) -> list[str] | None: pass
print(ann.__annotations__)
try: int | 3
except TypeError as e: print(e)
