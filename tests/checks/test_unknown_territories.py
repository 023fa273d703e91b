"""NX209: a territory nhaoxh does not know."""

from __future__ import annotations

from .helpers import messages, plan, problems


def test_known_territories_pass() -> None:
    assert problems(plan("territory: former:haiphong\n"), "NX209") == []


def test_an_unknown_territory() -> None:
    text = plan("territory: haiphong-cu\n")
    assert problems(text, "NX209") == [(7, 12)]
    assert messages(text, "NX209") == ["'haiphong-cu' is not a territory nhaoxh knows"]
