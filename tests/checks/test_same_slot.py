"""NX314, NX318: two figures of one slot — both used, or an alternative that differs where NX308 does
not look."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _figures(section: str, first: str, second: str) -> str:
    return plan(f"""\
        {section}:
          - {{{first}, source: {{doc: doc1, section: "1"}}}}
          - {{{second}, source: {{doc: doc1, section: "2"}}}}
    """)  # lines 8 and 9


QUOTA = "kind: quota, period: 2021-2025, units: 1000"


def test_an_alternative_or_the_same_figure_passes() -> None:
    assert problems(_figures("targets", f"id: a, {QUOTA}", f"id: b, {QUOTA}"), "NX314") == []  # the same figure
    text = _figures("targets", f"id: a, {QUOTA}", "id: b, kind: quota, period: 2021-2025, units: 9, alternative: true")
    assert problems(text, "NX314") == []  # NX308's
    other_slots = [
        ("targets", f"id: a, {QUOTA}", "id: b, kind: quota, period: 2026-2030, units: 9"),  # other years
        ("targets", f"id: a, {QUOTA}", "id: b, kind: goal, period: 2021-2025, units: 9"),  # another kind
        ("targets", f"id: a, {QUOTA}, decision: 338/QĐ-TTg", f"id: b, {QUOTA[:-4]}9, decision: 444/QĐ-TTg"),
        ("reported", "years: 2025, units: 5", "years: 2025, units: 4, territory: former:haiduong"),  # other land
        ("reported", "years: 2025, units: 5", 'years: 2025, units: 4, partial: true, as_of: "2025-09"'),
        ("expected", 'years: 2025, units: 5, as_of: "2025-06"', 'years: 2025, units: 4, as_of: "2025-09"'),
    ]
    for section, first, second in other_slots:
        assert problems(_figures(section, first, second), "NX314") == [], (first, second)


def test_two_targets_for_one_slot() -> None:
    text = _figures("targets", f"id: a, {QUOTA}", "id: b, kind: quota, period: 2021-2025, units: 1100")
    assert problems(text, "NX314") == [(9, 5)]
    assert messages(text, "NX314") == [
        "a second figure for the same slot, quota 2021-2025 (testland), and neither is an alternative"
    ]


def test_two_results_for_one_slot() -> None:
    text = _figures("reported", "years: 2025, percent: 108", "years: 2025, percent: 109")
    assert problems(text, "NX314") == [(9, 5)]
    assert messages(text, "NX314") == [
        "a second figure for the same slot, reported result 2025 (testland), and neither is an alternative"
    ]


def test_an_alternative_percentage_that_differs() -> None:
    text = _figures("reported", "years: 2025, percent: 108", "years: 2025, percent: 109, alternative: true")
    assert problems(text, "NX318") == [(9, 5)] and problems(text, "NX314") == []
    assert messages(text, "NX318") == [
        "sources disagree on reported result 2025 (testland); the plan uses the other figure"
    ]


def test_an_alternative_count_so_far_and_projection_that_differ() -> None:
    partial = 'partial: true, as_of: "2025-09"'
    text = _figures(
        "reported", f"years: 2025, units: 400, {partial}", f"years: 2025, units: 450, {partial}, alternative: true"
    )
    assert problems(text, "NX318") == [(9, 5)]
    text = _figures("expected", "years: 2025, units: 2288", "years: 2025, percent: 104, alternative: true")
    assert problems(text, "NX318") == [(9, 5)]


def test_final_counts_and_targets_are_nx308_s() -> None:
    text = _figures("reported", "years: 2025, units: 400", "years: 2025, units: 450, alternative: true")
    assert problems(text, "NX318") == [] and problems(text, "NX308") == [(9, 26)]
    text = _figures("targets", f"id: a, {QUOTA}", "id: b, kind: quota, period: 2021-2025, units: 9, alternative: true")
    assert problems(text, "NX318") == [] and problems(text, "NX308") == [(9, 52)]
