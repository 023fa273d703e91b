"""NX313: a stage's units differ from the sum of its listed projects."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _stage(units: int) -> str:
    return plan(f"""\
        pipeline:
          started:
            units: {units}
            source: {{doc: doc1, section: "2"}}
            projects:
              - {{name: Dự án A, units: 100}}
              - {{name: Dự án B, units: 2200}}
    """)


def test_projects_that_add_up_pass() -> None:
    assert problems(_stage(2300), "NX313") == []


def test_projects_that_do_not() -> None:
    assert problems(_stage(2350), "NX313") == [(9, 12)]
    assert messages(_stage(2350), "NX313") == [
        "construction started: the source states 2,350 units (1/QĐ-UBND 2), its 2 projects add up to 2,300"
    ]
