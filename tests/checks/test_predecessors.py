"""NX310: a merged unit's figure differs from the sum of its predecessors'.

Hải Phòng (haiphong) merged former Hải Phòng and Hải Dương on 01/07/2025."""

from __future__ import annotations

from .helpers import messages, plan, problems


def _reported(merged: int) -> str:
    return plan(f"""\
        reported:
          - {{years: 2021-2024, units: {merged}, territory: haiphong, source: {{doc: doc1, section: "3"}}}}
          - {{years: 2021-2024, units: 7900, territory: former:haiphong, source: {{doc: doc1, section: "3"}}}}
          - {{years: 2021-2024, units: 619, territory: former:haiduong, source: {{doc: doc1, section: "3"}}}}
    """)


def _quotas(merged: int) -> str:
    return plan(f"""\
        targets:
          - {{kind: quota, period: total, units: {merged}, territory: haiphong, source: {{doc: doc1, section: "1"}}}}
          - {{kind: quota, period: total, units: 15400, territory: former:haiphong, source: {{doc: doc1, section: a}}}}
          - {{kind: quota, period: total, units: 5000, territory: former:haiduong, source: {{doc: doc1, section: a}}}}
    """)


def test_the_sum_of_the_predecessors_passes() -> None:
    assert problems(_reported(8519), "NX310") == []
    assert problems(_quotas(20400), "NX310") == []


def test_reported_completions_that_differ() -> None:
    assert problems(_reported(5861), "NX310") == [(8, 31)]
    # the predecessors in the registry's order: Hải Dương first
    assert messages(_reported(5861), "NX310")[0].endswith("but its predecessors report 8,519 (619 + 7,900)")


def test_quotas_that_differ() -> None:
    assert problems(_quotas(20000), "NX310") == [(8, 41)]
    assert messages(_quotas(20000), "NX310")[0].endswith(
        "quota is 20,000 but its predecessors' add up to 20,400 (5,000 + 15,400)"
    )
