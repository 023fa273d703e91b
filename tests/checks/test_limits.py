"""NX007: the file exceeds a limit."""

from __future__ import annotations

from nhaoxh_cli.loader.limits import Limits

from .helpers import messages, plan, problems


def test_sixty_four_brackets_pass() -> None:
    assert problems(plan("notes: " + "[" * 63 + "x" + "]" * 63 + "\n"), "NX007") == []


def test_sixty_five_brackets_are_refused_before_parsing() -> None:
    text = plan("notes: " + "[" * 65 + "x" + "]" * 65 + "\n")
    assert problems(text, "NX007") == [(7, 72)]  # the 65th bracket


def test_nesting_below_the_limit() -> None:
    text = plan("""\
        notes:
          - [[x]]
    """)
    assert problems(text, "NX007", Limits(max_depth=3)) == [(8, 6)]


def test_the_number_of_values() -> None:
    text = plan("notes: [a, b, c, d]\n")
    # 1 the file's mapping, 2-9 schema_version to sources, 10-18 the periods, 19 notes, 20 a, 21 b
    assert problems(text, "NX007", Limits(max_values=20)) == [(7, 12)]
    assert messages(text, "NX007") == []
