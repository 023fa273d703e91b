"""NX302: a stage delivers more units than it holds."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _stage(units: int, first: str, second: str) -> str:
    return plan(f"""\
        pipeline:
          started:
            units: {units}
            source: {{doc: doc1, section: "2"}}
            deliveries:
              - {{period: 2021-2025, {first}, source: {{doc: doc1, section: "2"}}}}
              - {{period: 2026-2030, {second}, source: {{doc: doc1, section: "2"}}}}
    """)


def test_deliveries_within_the_stage_pass() -> None:
    assert problems(_stage(1000, "units: 600", "units: 400"), "NX302") == []
    assert problems(_stage(1000, "units: 600", "share: 40%"), "NX302") == []


def test_deliveries_beyond_the_stage() -> None:
    text = _stage(6570, "units: 4017", "units: 2554")  # Quyết định 117, II.1.2
    assert problems(text, "NX302") == [(9, 12)]
    assert messages(text, "NX302") == [
        "construction started: the deliveries add up to 6,571 (4,017 + 2,554) but the stage holds 6,570 units "
        "(1/QĐ-UBND 2): +1"
    ]


def test_an_unknown_delivery_checks_nothing() -> None:
    assert problems(_stage(1000, "units: 1200", "share: 40%"), "NX302") == [(9, 12)]
    assert problems(_stage(1000, "units: 600", "qualifier: about"), "NX302") == []
