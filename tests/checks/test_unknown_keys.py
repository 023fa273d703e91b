"""NX101: a key the plan format does not have."""

from __future__ import annotations

from nhaoxh_cli.loader.plans import load_plan_text

from .helpers import COMPLETED, plan, problems


def test_known_keys_pass() -> None:
    assert problems(plan(COMPLETED), "NX101") == []


def test_a_misspelt_field_is_pointed_at_with_a_suggestion() -> None:
    text = plan('completed:\n  - {period: 2021-2025, untis: 100, source: {doc: doc1, section: "2"}}\n')
    assert problems(text, "NX101") == [(8, 25)]
    finding = next(f for f in load_plan_text(text).findings if f.code == "NX101")
    assert (finding.path, finding.hint) == ("completed[0].untis", "did you mean 'units'?")


def test_an_unknown_stage() -> None:
    text = plan("""\
        pipeline:
          strated: {units: 5}
    """)
    assert problems(text, "NX101") == [(8, 3)]
    finding = next(f for f in load_plan_text(text).findings if f.code == "NX101")
    assert finding.message == "unknown stage 'strated' in pipeline" and finding.hint == "did you mean 'started'?"
