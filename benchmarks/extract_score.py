"""Precision and recall of `nhaoxh extract` on a corpus of real texts with hand-written expectations.

    .venv/bin/python benchmarks/extract_score.py [CORPUS] [--expected FILE] [--no-hints] [-v]

CORPUS (default ../shared/corpus) holds the texts and `expected.json`
(format: the corpus's README). Each text is drafted as an analyst would: with
`--province` the province the text feeds and, when the page gives one and
`--no-hints` is not set, `--date` the page's date.

Scoring rules (docs/extract.md):
- a placed figure is **right** when an expected figure of the file has the
  same units (or share), kind, years and qualifier, and the line it cites
  holds the number; each expected figure is matched once;
- a placed figure matching an `also_ok` figure in all four is **neutral**:
  counted neither right nor wrong;
- a placed figure whose units are `forbidden` is a **failure** (and wrong);
- anything else placed is **wrong**.
precision = right / (right + wrong); recall = expected figures placed / expected.
Kinds compare as the corpus writes them: quota and goal are `target`; a
stage's units and its deliveries are `pipeline`. Qualifiers: `gần` is
`under`, `hơn`/`trên`/`vượt` `above`, `khoảng` `about`.

Exit 0 when no forbidden figure was placed and the goal is met (precision
≥ 0.97 and recall ≥ 0.8 overall), 1 otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from nhaoxh_cli.extract import Extraction, Figure, extract_file  # noqa: E402

GOAL_PRECISION, GOAL_RECALL = 0.97, 0.8
_KIND = {"quota": "target", "goal": "target", "delivery": "pipeline"}
_QUALIFIER = {"exact": None, "about": "about", "under": "under", "above": "above", "at_least": "at_least"}


def key(figure: Figure) -> tuple[Any, ...]:
    """What a placed figure is, in expected.json's words."""
    value: Any = figure.units if figure.units is not None else (float(figure.share) if figure.share else None)
    return (value, _KIND.get(figure.kind.value, figure.kind.value), figure.years, _QUALIFIER[figure.qualifier.value])


def expected_key(item: dict[str, Any]) -> tuple[Any, ...]:
    value = item["units"] if item.get("units") is not None else item.get("share")
    return (value, item["kind"], item["years"], item["qualifier"])


@dataclass
class Score:
    name: str
    placed: int = 0
    right: int = 0
    neutral: int = 0
    wrong: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    expected: int = 0
    missed: list[str] = field(default_factory=list)
    province: str | None = None

    @property
    def found(self) -> int:
        return self.expected - len(self.missed)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def score(name: str, extraction: Extraction, spec: dict[str, Any], lines: list[str]) -> Score:
    result = Score(name, placed=len(extraction.placed), expected=len(spec["expected"]))
    result.province = extraction.province.value
    expected = [expected_key(e) for e in spec["expected"]]
    also = [expected_key(e) for e in spec.get("also_ok", [])]
    forbidden = set(spec.get("forbidden", []))
    for figure in extraction.placed:
        k = key(figure)
        cited = lines[figure.line - 1] if 0 < figure.line <= len(lines) else ""
        on_line = _digits(figure.written.split()[0].split("/")[0]) in _digits(cited) or figure.units is None
        described = f"line {figure.line}: {figure.written} as {k}"
        if figure.units in forbidden:
            result.forbidden.append(described)
            result.wrong.append(described + " (forbidden)")
        elif k in expected and on_line:
            expected.remove(k)
            result.right += 1
        elif k in also:
            also.remove(k)
            result.neutral += 1
        else:
            result.wrong.append(described)
    result.missed = [str(k) for k in expected]
    return result


def run(corpus: Path, expected_file: Path | None = None, hints: bool = True) -> list[Score]:
    spec = json.loads((expected_file or corpus / "expected.json").read_text(encoding="utf-8"))
    scores = []
    for name, item in spec["files"].items():
        path = corpus / name
        date = dt.date.fromisoformat(item["date"]) if hints and item.get("date") else None
        extraction = extract_file(path, province=item.get("province"), date=date)
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        scores.append(score(name, extraction, item, lines))
    return scores


def ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def report(scores: list[Score], verbose: bool = False) -> tuple[float, float, int]:
    columns = ("placed", 6), ("right", 5), ("neut", 4), ("wrong", 5), ("exp", 4), ("found", 5), ("prec", 5), ("rec", 5)
    print(f"{'file':44} " + " ".join(f"{name:>{width}}" for name, width in columns))
    for s in scores:
        wrong = len(s.wrong)
        print(
            f"{s.name[:44]:44} {s.placed:6} {s.right:5} {s.neutral:4} {wrong:5} {s.expected:4} {s.found:5} "
            f"{ratio(s.right, s.right + wrong):5.2f} {ratio(s.found, s.expected):5.2f}"
        )
        if verbose:
            for w in s.wrong:
                print(f"    wrong   {w}")
            for m in s.missed:
                print(f"    missed  {m}")
    right = sum(s.right for s in scores)
    wrong = sum(len(s.wrong) for s in scores)
    found = sum(s.found for s in scores)
    expected = sum(s.expected for s in scores)
    forbidden = sum(len(s.forbidden) for s in scores)
    precision, recall = ratio(right, right + wrong), ratio(found, expected)
    print(
        f"{'overall':44} {sum(s.placed for s in scores):6} {right:5} {sum(s.neutral for s in scores):4} "
        f"{wrong:5} {expected:4} {found:5} {precision:5.2f} {recall:5.2f}"
    )
    print(f"forbidden figures placed: {forbidden}")
    return precision, recall, forbidden


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--expected", type=Path, help="expectations (default: CORPUS/expected.json)")
    parser.add_argument("--no-hints", action="store_true", help="do not give --date from the expectations")
    parser.add_argument("-v", "--verbose", action="store_true", help="list wrong and missed figures")
    args = parser.parse_args(argv)
    precision, recall, forbidden = report(run(args.corpus, args.expected, not args.no_hints), args.verbose)
    met = forbidden == 0 and precision >= GOAL_PRECISION and recall >= GOAL_RECALL
    print(
        f"goal (precision ≥ {GOAL_PRECISION}, recall ≥ {GOAL_RECALL}, nothing forbidden): {'met' if met else 'NOT met'}"
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
