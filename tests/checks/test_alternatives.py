"""NX308: two sources disagree on the same figure."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _targets(other: int) -> str:
    return plan(f"""\
        targets:
          - {{id: q, kind: quota, period: 2021-2025, units: 15400, source: {{doc: doc1, section: "1"}}}}
          - id: q-news
            kind: quota
            period: 2021-2025
            units: {other}
            alternative: true
            source: {{doc: doc1, section: "3", via: "vietnam.vn, 01/2024"}}
    """)


def test_agreeing_sources_pass() -> None:
    assert problems(_targets(15400), "NX308") == []


def test_a_target_the_sources_disagree_on() -> None:
    assert problems(_targets(14500), "NX308") == [(12, 12)]
    assert messages(_targets(14500), "NX308") == [
        "vietnam.vn, 01/2024 gives 14,500 for quota 2021-2025, 1/QĐ-UBND 1 gives 15,400; the plan uses 15,400"
    ]


def test_completions_the_sources_disagree_on() -> None:
    text = plan("""\
        reported:
          - {years: 2021-2024, units: 5861, source: {doc: doc1, section: "4"}}
          - {years: 2021-2024, units: 5904, alternative: true, source: {doc: doc1, section: "5"}}
    """)
    assert problems(text, "NX308") == [(9, 31)]
    assert messages(text, "NX308") == [
        "completions 2021-2024: 1/QĐ-UBND 5 reports 5,904, 1/QĐ-UBND 4 reports 5,861; the plan uses 5,861"
    ]
