"""extract on real texts: the shared corpus and the five seeds, scored by benchmarks/extract_score.py.

The expectations are hand-written: the corpus's own `expected.json` (shared/corpus/README.md) and, for
the seeds, tests/extract/seeds-expected.json (each figure transcribed from the seed's line it cites).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from nhaoxh_cli.extract import extract_file

from .conftest import ROOT, SEEDS, Run

CORPUS = ROOT.parent / "shared" / "corpus"
SEEDS_EXPECTED = ROOT / "tests" / "extract" / "seeds-expected.json"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_score", ROOT / "benchmarks" / "extract_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (CORPUS / "expected.json").exists(), reason="shared/corpus/ is not beside this checkout")
def test_corpus_meets_the_goal(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _benchmark()
    scores = bench.run(CORPUS)
    precision, recall, forbidden = bench.report(scores, verbose=True)
    out = capsys.readouterr().out
    assert forbidden == 0, out
    assert precision >= bench.GOAL_PRECISION and recall >= bench.GOAL_RECALL, out


@pytest.mark.skipif(not SEEDS.exists(), reason="shared/seeds/ is not beside this checkout")
def test_seeds_draft_what_they_hold(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _benchmark()
    precision, recall, forbidden = bench.report(bench.run(SEEDS, SEEDS_EXPECTED), verbose=True)
    out = capsys.readouterr().out
    assert (forbidden, precision, recall) == (0, 1.0, 1.0), out


@pytest.mark.skipif(not SEEDS.exists(), reason="shared/seeds/ is not beside this checkout")
@pytest.mark.parametrize(
    ("seed", "province", "territory"),
    [
        # Nam Định merged into Ninh Bình; the plan is dated 3/10/2024, before the merger
        ("namdinh-kh162-2024-article.txt", "ninhbinh", "former:namdinh"),
        ("bacgiang-kh137-2024-article.txt", "bacninh", "former:bacgiang"),  # dateline 10/07/2024
        ("backan-2024-propaganda-letter.txt", "thainguyen", "former:backan"),  # "ngày tháng 9 năm 2024"
        ("dienbien-2025-conference-article.txt", "dienbien", "dienbien"),  # Điện Biên was not merged
    ],
)
def test_seeds_name_their_province(seed: str, province: str, territory: str) -> None:
    extraction = extract_file(SEEDS / seed)
    assert (extraction.province.value, extraction.territory.value) == (province, territory)


@pytest.mark.skipif(not SEEDS.exists(), reason="shared/seeds/ is not beside this checkout")
def test_seeds_keep_their_meaning_in_the_plan() -> None:
    dienbien = yaml.safe_load(extract_file(SEEDS / "dienbien-2025-conference-article.txt").plan_yaml)
    assert dienbien["targets"] == [] and dienbien["pipeline"] == {}  # households, never social housing units
    support = {s["households"]: s for s in dienbien["housing_support"]}
    assert support["1.647"]["cost_billion_vnd"] == "82,735" and support["1.647"]["years"] == "2024"
    assert support["12.000"]["households_scale"] == "nghìn"  # "hơn 12.000 nghìn hộ": NX309 will ask
    bacgiang = yaml.safe_load(extract_file(SEEDS / "bacgiang-kh137-2024-article.txt").plan_yaml)
    shares = {t["share"]: t for t in bacgiang["targets"]}
    assert set(shares) == {"80%", "90%"} and all("units" not in t and "of_text" in t for t in shares.values())
    backan = extract_file(SEEDS / "backan-2024-propaganda-letter.txt")
    assert backan.placed == () and [u.reason.code for u in backan.unplaced if u.units] == ["national_figure"]


@pytest.mark.skipif(not (CORPUS / "expected.json").exists(), reason="shared/corpus/ is not beside this checkout")
def test_national_article_places_no_other_figure(run: Run, tmp_path: Path) -> None:
    spec = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["files"]["hanoi-vietnamnet-2026.txt"]
    draft = tmp_path / "hanoi.yaml"
    code, _, _ = run("extract", str(CORPUS / "hanoi-vietnamnet-2026.txt"), "--province", "hanoi", "-o", str(draft))
    plan = yaml.safe_load(draft.read_text(encoding="utf-8"))
    placed = [int(t["units"].replace(".", "")) for t in plan["targets"]]
    assert code == 0 and not set(placed) & set(spec["forbidden"])
    extraction = extract_file(CORPUS / "hanoi-vietnamnet-2026.txt", province="hanoi")
    reasons = {u.units: u.reason.code for u in extraction.unplaced}
    assert reasons[181257] == "other_province" and reasons[657440] == "national_figure"


@pytest.mark.skipif(not (CORPUS / "expected.json").exists(), reason="shared/corpus/ is not beside this checkout")
def test_every_corpus_draft_validates(run: Run, tmp_path: Path) -> None:
    spec = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["files"]
    for name, item in spec.items():
        folder = tmp_path / name
        draft = folder / f"{item['province']}.yaml"
        code, _, err = run("extract", str(CORPUS / name), "-p", item["province"], "-o", str(draft))
        assert code == 0, err
        code, out, _ = run("validate", str(draft))
        if '"FILL: ' in draft.read_text(encoding="utf-8"):  # a text with no number and no title: its name to fill
            assert "sources: the document's name was not found" in err, name
            assert code == 1 and out.count(" error NX116 ") == 1 and " 1 error," in out, (name, out)
        else:
            assert code == 0 and " 0 errors" in out, (name, out)
