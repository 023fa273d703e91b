"""NX112: a provincial plan's figure written as a quota."""

from __future__ import annotations

import pytest

from .helpers import messages, plan, problems


def _target(kind: str, decision: str) -> str:
    return plan(f"""\
        targets:
          - {{id: t, kind: {kind}, years: 2025, units: 5249, decision: "{decision}", source: {{doc: doc1}}}}
    """)  # line 8


@pytest.mark.parametrize(
    ("kind", "decision"),
    [("quota", "444/QĐ-TTg"), ("quota", "338/QĐ-TTg"), ("quota", "7/NQ-CP"), ("goal", "105/KH-UBND")],
)
def test_a_government_quota_and_a_provincial_goal_pass(kind: str, decision: str) -> None:
    assert problems(_target(kind, decision), "NX112") == []


@pytest.mark.parametrize("decision", ["105/KH-UBND", "12/NQ-HĐND", "45/NQ-HDND", "20-NQ/TU", "3/KL-TU"])
def test_a_provincial_document_s_quota(decision: str) -> None:
    assert problems(_target("quota", decision), "NX112") == [(8, 19)]


def test_the_message_names_the_document() -> None:
    assert messages(_target("quota", "105/KH-UBND"), "NX112") == [
        "105/KH-UBND is a provincial document, so its figure is a goal, not a quota"
    ]
