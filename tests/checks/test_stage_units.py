"""NX306: a stage's units stated differently on two lines."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _line(stage_units: int, units: int = 660) -> str:
    return plan(f"""\
        pipeline:
          started:
            units: 1000
            source: {{doc: doc1, section: "2"}}
            deliveries:
              - period: 2021-2025
                units: {units}
                share: 60%
                stage_units: {stage_units}
                source: {{doc: doc1, section: "2"}}
    """)


def test_the_same_stage_units_pass() -> None:
    assert problems(_line(1000, 600), "NX306") == []


def test_different_stage_units() -> None:
    assert problems(_line(1100), "NX306") == [(15, 22)]
    assert messages(_line(1100), "NX306") == [
        "construction started: this line states the stage as 1,100 units (1/QĐ-UBND 2), the stage says 1,000"
    ]
