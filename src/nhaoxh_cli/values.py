"""Values: the frozen dataclasses results, findings and options are made of.

`@frozen` is `@dataclass(frozen=True)` with equality, hashing and repr written once here rather than
generated for every class: Python 3.11 compiles each generated method from source when a class is
made, and nhaoxh makes about a hundred such classes at start-up (a measurable share of a
`forecast`'s time, see docs/performance.md). Behaviour is the dataclass one: two values are equal when
they are of the same class and their compared fields are equal, the hash is that of those fields, and
the repr names the class and its fields.

    >>> @frozen
    ... class Pair:
    ...     a: int
    ...     b: str = "x"
    >>> Pair(1) == Pair(1, "x"), hash(Pair(1)) == hash(Pair(1)), Pair(1)
    (True, True, Pair(a=1, b='x'))
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, TypeVar, dataclass_transform

_T = TypeVar("_T")


def _compared(cls: type) -> tuple[str, ...]:
    names: tuple[str, ...] = cls.__value_compared__  # type: ignore[attr-defined]
    return names


def _eq(self: Any, other: object) -> Any:  # bool, or NotImplemented for another class
    if other.__class__ is not self.__class__:
        return NotImplemented
    return all(getattr(self, name) == getattr(other, name) for name in _compared(self.__class__))


def _hash(self: Any) -> int:
    return hash(tuple(getattr(self, name) for name in _compared(self.__class__)))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__class__.__value_shown__)
    return f"{self.__class__.__qualname__}({shown})"


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def frozen(cls: type[_T]) -> type[_T]:
    """A frozen dataclass with the shared equality, hash and repr."""
    made: Any = dataclass(frozen=True, eq=False, repr=False)(cls)
    every = fields(made)
    made.__value_compared__ = tuple(f.name for f in every if f.compare)
    made.__value_shown__ = tuple(f.name for f in every if f.repr)
    for name, method in (("__eq__", _eq), ("__hash__", _hash), ("__repr__", _repr)):
        if name not in cls.__dict__:  # a class's own method stays, as with dataclasses
            setattr(made, name, method)
    made_class: type[_T] = made
    return made_class
