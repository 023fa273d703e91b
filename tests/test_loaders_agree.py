"""One reading path, two parsers: libyaml's C parser and PyYAML's pure-Python
parser give identical data, findings and places on every shipped and test
plan — and the places are the ones PyYAML's own composer gives each node.

Only public functions are used: `parse_yaml(..., parser=...)` and
`load_plan_text(..., parser=...)`.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given

from nhaoxh_cli.loader.plans import decode, load_plan_text
from nhaoxh_cli.loader.yamlnodes import LIBYAML, YamlDocument, YamlProblem, parse_yaml
from nhaoxh_cli.loader.yamlnodes import Path as YPath

from .conftest import PLANS, ROOT
from .test_properties import mutated_plans, value_paths

FILES = sorted(p for p in [*PLANS.glob("*.yaml"), *(ROOT / "tests" / "plans").rglob("*.yaml")] if p.is_file())
IDS = [str(p.relative_to(ROOT)) for p in FILES]

pytestmark = pytest.mark.skipif(not LIBYAML, reason="these tests compare libyaml with the pure-Python parser")


def _findings(findings: list[Any]) -> list[tuple[Any, ...]]:
    """What must agree: everything, except the words of a syntax error (each parser has its own)."""
    return [
        (f.code, f.line, f.column, f.path, f.severity, f.hint, "" if f.code == "NX003" else f.message) for f in findings
    ]


def _read(text: str, parser: Any) -> tuple[YamlDocument | None, list[tuple[Any, ...]]]:
    try:
        document = parse_yaml(text, parser=parser)
    except YamlProblem as problem:
        return None, _findings(problem.findings)
    return document, _findings(document.findings)


def _agree(text: str) -> YamlDocument | None:
    """Assert both parsers read `text` alike; the libyaml document."""
    fast, fast_findings = _read(text, "libyaml")
    slow, slow_findings = _read(text, "python")
    assert fast_findings == slow_findings
    if fast is None or slow is None:
        assert fast is slow is None
        return None
    assert repr(fast.data) == repr(slow.data)  # repr: NaN is not equal to itself
    for path in value_paths(fast.data):
        for prefer_key in (False, True):
            assert fast.locate(path, prefer_key=prefer_key) == slow.locate(path, prefer_key=prefer_key), path
    return fast


def _text(path: Path) -> str | None:
    text, _ = decode(path.read_bytes(), path.name)
    return text


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_c_and_pure_python_parsers_agree(path: Path) -> None:
    text = _text(path)
    if text is not None:
        _agree(text)
    fast = load_plan_text(path.read_bytes(), path.name, parser="libyaml")
    slow = load_plan_text(path.read_bytes(), path.name, parser="python")
    assert (fast.plan and fast.plan.model_dump(mode="json")) == (slow.plan and slow.plan.model_dump(mode="json"))
    assert _findings(fast.findings) == _findings(slow.findings)


def _node_at(node: yaml.Node, path: YPath) -> tuple[yaml.Node, yaml.Node | None]:
    """PyYAML's composed node at `path`, and the key node naming it (None in a list)."""
    key_node = None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            key_node, node = next((k, v) for k, v in node.value if unicodedata.normalize("NFC", k.value) == part)
        else:
            assert isinstance(node, yaml.SequenceNode)
            key_node, node = None, node.value[int(part)]
    return node, key_node


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_places_are_pyyamls_own(path: Path) -> None:
    """Every value and key is placed where PyYAML's composer puts its node, whichever parser read it."""
    text = _text(path)
    if text is None:
        return
    document, _ = _read(text, "libyaml")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return  # aliases of unknown anchors, syntax errors: nothing composed to compare with
    if document is None or root is None or document.findings:
        return  # the composer keeps what the builder refuses (duplicates, aliases): positions would shift
    for value_path in value_paths(document.data):
        node, key_node = _node_at(root, value_path)
        place = document.locate(value_path)
        assert (place.line, place.column) == (node.start_mark.line + 1, node.start_mark.column + 1), value_path
        if key_node is not None:
            key = document.locate(value_path, prefer_key=True)
            assert (key.line, key.column) == (key_node.start_mark.line + 1, key_node.start_mark.column + 1)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\r\nb: [x, y]\r\nc: {d: 2}\r\n",  # Windows line ends
        "a: 1\rb: 2\r",  # old Mac line ends
        "a: 'x\u2028y'\nb: 2\n",  # a line separator inside a quoted value
        "a: \u00e9t\u00e9\n\u00e9: [\u00e9, 1]\nc: 3\n",  # non-ASCII before the places
        "- a\n- [b, {c: d}]\n-\n  - e\n",
        "a:\nb: ~\nc: !!str 12\nd: ! 12\ne: &x 5\n",
    ],
)
def test_line_ends_and_odd_scalars(text: str) -> None:
    document = _agree(text)
    assert document is not None
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    for value_path in value_paths(document.data):
        node, _ = _node_at(root, value_path)
        place = document.locate(value_path)
        assert (place.line, place.column) == (node.start_mark.line + 1, node.start_mark.column + 1), value_path


@pytest.mark.parametrize(
    "scalar",
    [
        "0",
        "7",
        "1080",
        "012",
        "0o12",
        "0x1F",
        "0b101",
        "1_000",
        "+5",
        "-5",
        "1:30",
        "٣",
        "²",
        "00",
        "4.017",
        "1e3",
        "1.5e+3",
        ".inf",
        "-.inf",
        "yes",
        "Off",
        "~",
        "null",
        "",
        "2025-01-15",
        "<<",
        "=",
    ],
)
def test_scalars_read_as_pyyaml_reads_them(scalar: str) -> None:
    """Plain decimals are read without PyYAML's machinery (faster); everything reads as PyYAML's safe
    loader reads it: leading zeros are octal in YAML 1.1, other digits (Arabic-Indic ٣, superscript ²)
    are text, dates stay text, `=` and `<<` (YAML's "value" and merge keys) are refused as tags."""
    text = f"value: {scalar}\n"
    for parser in ("libyaml", "python"):
        document = parse_yaml(text, parser=parser)
        value = document.data["value"]
        if scalar in ("=", "<<"):
            assert value is None and [f.code for f in document.findings] == ["NX006"]
            continue
        expected = yaml.safe_load(text)["value"]
        if scalar.startswith("2025"):
            expected = scalar  # dates stay text
        assert isinstance(value, type(expected)) and repr(value) == repr(expected), (parser, value)


@pytest.mark.slow
@given(mutated_plans())
def test_parsers_agree_on_mutated_plans(slug_and_text: tuple[str, str]) -> None:
    """Values of the wrong type, dropped keys, duplicated and deleted lines: both parsers still agree."""
    _agree(slug_and_text[1])
