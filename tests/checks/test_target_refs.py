"""NX205: `of` or `parts` names a target the plan does not have."""

from __future__ import annotations

from .helpers import messages, plan, problems


def test_known_targets_pass() -> None:
    text = plan("""\
        targets:
          - {id: q1, kind: quota, period: 2021-2025, units: 1000, source: {doc: doc1, section: "1"}}
          - {id: g1, kind: goal, period: 2021-2025, share: 100%, of: q1, source: {doc: doc1, section: "1"}}
    """)
    assert problems(text, "NX205") == []


def test_unknown_targets_and_a_share_of_itself() -> None:
    text = plan("""\
        targets:
          - id: all
            kind: quota
            period: total
            parts: [q1, q9]
            source: {doc: doc1, section: "1"}
          - {id: q1, kind: quota, period: 2021-2025, share: 50%, of: q1, source: {doc: doc1, section: "1"}}
    """)
    assert problems(text, "NX205") == [(11, 17), (13, 62)]
    assert messages(text, "NX205") == [
        "part 'q9' names no target of this plan",
        "target 'q1' is a share of itself",
    ]
