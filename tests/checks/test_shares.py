"""NX303: a share the source states disagrees with the units it states."""

from __future__ import annotations

import pytest

from .helpers import messages, plan, problems


def _delivery(units: int, share: str, qualifier: str = "exact", stage_units: int = 2303) -> str:
    return plan(f"""\
        pipeline:
          old_apartment_renovation:
            units: {stage_units}
            source: {{doc: doc1, section: "2"}}
            deliveries:
              - period: 2026-2030
                units: {units}
                share: {share}
                qualifier: {qualifier}
                source: {{doc: doc1, section: "2", line: 139}}
    """)


@pytest.mark.parametrize(("share", "qualifier"), [("78.9%", "exact"), ("79%", "exact"), ("80%", "about")])
def test_shares_within_the_tolerance_pass(share: str, qualifier: str) -> None:
    assert problems(_delivery(1817, share, qualifier), "NX303") == []


def test_an_exact_share_that_disagrees() -> None:
    text = _delivery(1817, "80%")  # Quyết định 117, II.1.2, line 139
    assert problems(text, "NX303") == [(14, 16)]
    assert messages(text, "NX303") == [
        "old apartment renovation in 2026-2030: 1,817/2,303 is 78.9%, but the source states 80% "
        "(1/QĐ-UBND 2, line 139); the tolerance for an exact share is ±0.5 points"
    ]


def test_an_about_share_beyond_its_tolerance() -> None:
    assert messages(_delivery(1817, "85%", "about"), "NX303")[0].endswith(
        "the tolerance for about share is ±2.5 points"
    )


def test_a_share_of_a_target() -> None:
    text = plan("""\
        targets:
          - {id: q, kind: quota, period: 2021-2025, units: 2000, source: {doc: doc1, section: "1"}}
          - id: g
            kind: goal
            period: 2021-2025
            of: q
            units: 1900
            share: 100%
            source: {doc: doc1, section: "1"}
    """)
    assert problems(text, "NX303") == [(14, 12)]
