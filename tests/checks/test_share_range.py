"""NX106: a share outside 0–100%."""

from __future__ import annotations

import pytest

from .helpers import plan, problems


def _delivery(share: str) -> str:
    return plan(f"""\
        pipeline:
          started:
            units: 1000
            deliveries:
              - period: 2021-2025
                share: {share}
                source: {{doc: doc1, section: "2"}}
    """)


@pytest.mark.parametrize("share", ["0", "60%", '"60,5%"', "100", "60.5"])
def test_shares_pass(share: str) -> None:
    assert problems(_delivery(share), "NX106") == []


@pytest.mark.parametrize("share", ["160%", "100.5", "-5"])
def test_shares_outside_the_range(share: str) -> None:
    assert problems(_delivery(share), "NX106") == [(12, 16)]
