"""`@frozen` behaves as `@dataclass(frozen=True)` does: equality, hash, repr and immutability."""

from __future__ import annotations

import dataclasses
import doctest

import pytest

from nhaoxh_cli import values
from nhaoxh_cli.values import frozen


@frozen
class Pair:
    a: int
    b: str = "x"
    note: str = dataclasses.field(default="", compare=False, repr=False)


@frozen
class Other:
    a: int
    b: str = "x"


def test_equal_when_same_class_and_compared_fields() -> None:
    assert Pair(1) == Pair(1, "x")
    assert Pair(1, note="seen") == Pair(1, note="other")  # compare=False is left out, as dataclasses do
    assert Pair(1) != Pair(2)
    assert Pair(1) != Other(1)  # same fields, another class: not equal
    assert Pair(1) != (1, "x")


def test_hash_follows_equality_and_values_work_as_keys() -> None:
    assert hash(Pair(1, note="a")) == hash(Pair(1, note="b"))
    assert {Pair(1): "one"}[Pair(1)] == "one"
    assert len({Pair(1), Pair(1), Pair(2)}) == 2


def test_repr_and_immutability_and_dataclass_helpers() -> None:
    assert repr(Pair(1, "y", "hidden")) == "Pair(a=1, b='y')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        Pair(1).a = 2  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(Pair)] == ["a", "b", "note"]
    assert dataclasses.replace(Pair(1), b="z") == Pair(1, "z")
    assert dataclasses.asdict(Pair(1)) == {"a": 1, "b": "x", "note": ""}


def test_the_module_example_runs() -> None:
    assert doctest.testmod(values).failed == 0


def test_a_class_keeps_its_own_methods() -> None:
    @frozen
    class Named:
        name: str

        def __repr__(self) -> str:
            return f"<{self.name}>"

    assert repr(Named("x")) == "<x>" and Named("x") == Named("x")
