"""NX309: a count written in thousands twice."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _support(households: int) -> str:
    return plan(f"""\
        housing_support:
          - programme: xóa nhà tạm
            households: {households}
            households_scale: nghìn
            source: {{doc: doc1, section: "3"}}
    """)


def test_thousands_once_pass() -> None:
    assert problems(_support(12), "NX309") == []


def test_thousands_twice() -> None:
    assert problems(_support(12000), "NX309") == [(9, 17)]
    assert messages(_support(12000), "NX309") == [
        '"12.000 nghìn" is 12,000,000 households (1/QĐ-UBND 3); the source probably means 12,000'
    ]
