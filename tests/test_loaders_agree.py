"""libyaml and the pure-Python parser give identical results, and so do the two
reading paths (composed tree, events), on every shipped and test plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from nhaoxh_cli.loader import yamlnodes
from nhaoxh_cli.loader.plans import decode, load_plan_text

from .conftest import PLANS, ROOT

FILES = sorted([*PLANS.glob("*.yaml"), *(ROOT / "tests" / "plans").rglob("*.yaml")])


class _PureFast(yaml.SafeLoader):
    resolve = yamlnodes._fast_resolve


def _outcome(path: Path) -> tuple[Any, list[tuple[str, int, int]]]:
    result = load_plan_text(path.read_bytes(), path.name)
    plan = result.plan.model_dump(mode="json") if result.plan else None
    return plan, [(f.code, f.line, f.column) for f in result.findings]


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_c_and_pure_python_parsers_agree(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert yaml.__with_libyaml__, "these tests compare libyaml with the pure-Python parser"
    with_c = _outcome(path)
    monkeypatch.setattr(yamlnodes, "_Loader", yaml.SafeLoader)
    monkeypatch.setattr(yamlnodes, "_FastLoader", _PureFast)
    assert _outcome(path) == with_c


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_reading_paths_agree(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text, _ = decode(path.read_bytes(), path.name)
    if text is None:
        return
    try:
        composed = yamlnodes._compose(text, yamlnodes.DEFAULT_LIMITS)
        events = yamlnodes._events(text, yamlnodes.DEFAULT_LIMITS)
        lean = yamlnodes._events(text, yamlnodes.DEFAULT_LIMITS, record=False)
    except yamlnodes.YamlProblem:
        return
    if yamlnodes._ANCHOR_OR_ALIAS.search(text):
        return  # the composed path never reads anchors: it knows no alias's own place
    assert repr(composed.data) == repr(events.data) == repr(lean.data)  # repr: NaN is not equal to itself
    assert [(f.code, f.line, f.column) for f in composed.findings] == [
        (f.code, f.line, f.column) for f in events.findings
    ]
    for path_ in list(events.values)[:200]:  # every place agrees, whichever path read the text
        places = [(p.line, p.column) for p in (composed.locate(path_), events.locate(path_), lean.locate(path_))]
        assert places[0] == places[1] == places[2], path_


def test_large_text_takes_the_lean_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlnodes, "LARGE_TEXT", 10)
    result = load_plan_text(
        (ROOT / "tests" / "plans" / "negative" / "NX104-float-units" / "testland.yaml").read_bytes(), "testland.yaml"
    )
    assert [(f.code, f.line, f.column) for f in result.findings] == [("NX104", 15, 12)]


@pytest.mark.parametrize(
    "scalar",
    ["0", "7", "1080", "012", "0o12", "0x1F", "0b101", "1_000", "+5", "-5", "1:30", "٣", "²", "00", "4.017", "1e3"],
)
def test_integers_read_as_pyyaml_reads_them(scalar: str) -> None:
    """The event path reads plain decimals itself (faster); everything else as PyYAML does:
    leading zeros are octal in YAML 1.1, other digits (Arabic-Indic ٣, superscript ²) are text."""
    text = f"value: {scalar}\n"
    expected = yaml.safe_load(text)["value"]
    for document in (yamlnodes._compose(text, DEFAULT), yamlnodes._events(text, DEFAULT, record=False)):
        value = document.data["value"]
        assert (type(value), value) == (type(expected), expected) or repr(value) == repr(expected)


DEFAULT = yamlnodes.DEFAULT_LIMITS
