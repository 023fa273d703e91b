"""`nhaoxh extract`: drafting a plan from a decision's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from nhaoxh_cli.extract.text import blocks, clean_line

from .conftest import PLANS, ROOT, SEEDS, Run

FIXTURES = ROOT / "tests" / "extract"
HAIPHONG = SEEDS / "haiphong-qd117-2024-action-programme.txt"
needs_seeds = pytest.mark.skipif(not HAIPHONG.exists(), reason="shared/seeds/ is not beside this checkout")


def _territory(forecast: dict, territory: str) -> dict:  # type: ignore[type-arg]
    return next(t for t in forecast["territories"] if t["territory"] == territory)


def _figures(forecast: dict, territory: str = "former:haiphong") -> tuple:  # type: ignore[type-arg]
    """What must be equal between the draft and the hand-written plan: figure for figure."""
    found = _territory(forecast, territory)

    def targets(items: list[dict]) -> list[tuple]:  # type: ignore[type-arg]
        return sorted((t["kind"], t["units"], t["gap"], t["ratio"], t["status"]) for t in items)

    periods = [(p["id"], p["forecast_units"], p["by_stage"], targets(p["targets"])) for p in found["periods"]]
    total = found["total"]
    return periods, total["forecast_units"], total["by_stage"], targets(total["targets"])


@needs_seeds
def test_haiphong_draft_forecasts_like_the_hand_written_plan(run: Run, tmp_path: Path) -> None:
    draft = tmp_path / "draft" / "haiphong.yaml"
    code, out, err = run("extract", str(HAIPHONG), "--province", "haiphong", "--output", str(draft))
    assert (code, out) == (0, "")
    assert "drafted 20 figures" in err and "(8 targets, 1 completed, 9 pipeline stages, 2 stated totals)" in err
    # as of 2024, before any report: the decision's own projection against its own targets
    as_of = ("--as-of", "2024-06-01")
    _, drafted, _ = run("forecast", "haiphong", "-f", "json", *as_of, "--plans-dir", str(draft.parent))
    _, shipped, _ = run("forecast", "haiphong", "-f", "json", *as_of, "--plans-dir", str(PLANS))
    assert _figures(json.loads(drafted)) == _figures(json.loads(shipped))
    # dated 15/01/2024, before the merger: the figures are the former city's
    assert [t["territory"] for t in json.loads(drafted)["territories"]] == ["haiphong", "former:haiphong"]
    assert _territory(json.loads(drafted), "former:haiphong")["periods"][0]["forecast_units"] == 15540


@needs_seeds
def test_every_drafted_figure_cites_its_line(tmp_path: Path, run: Run) -> None:
    draft = tmp_path / "haiphong.yaml"
    run("extract", str(HAIPHONG), "-p", "haiphong", "-o", str(draft))
    plan = yaml.safe_load(draft.read_text(encoding="utf-8"))
    source_lines = HAIPHONG.read_text(encoding="utf-8").splitlines()
    figures = [*plan["targets"], *plan["completed"], *plan["stated_totals"]]
    figures += [d for stage in plan["pipeline"].values() for d in stage["deliveries"]]
    assert len(figures) == 20
    for figure in figures:
        line = source_lines[figure["source"]["line"] - 1]
        if "units" in figure:
            assert figure["units"] in line and figure["units"] in figure["source"]["quote"], figure
    text = draft.read_text(encoding="utf-8")
    assert "# line 119: + Các dự án đã khởi công: 4.017/6.570 căn (khoảng 60%)." in text
    assert "line 151: 120.000 tỷ — an amount of money (120,000 billion đồng), not units" in text  # seen, not placed
    assert 'struck-through text \\"~~147~~\\"' in text


@needs_seeds
def test_validate_on_the_draft_reports_the_sources_slips(run: Run, tmp_path: Path) -> None:
    draft = tmp_path / "haiphong.yaml"
    run("extract", str(HAIPHONG), "-p", "haiphong", "-o", str(draft))
    code, out, _ = run("validate", str(draft), "-f", "json")
    assert code == 0
    assert sorted(p["code"] for p in json.loads(out)["problems"]) == ["NX301", "NX302", "NX303"]


def test_another_province_in_the_same_style(run: Run, tmp_path: Path) -> None:
    """A decision of Đà Nẵng (a fixture in the Hải Phòng style, after the merger) drafts with no code change."""
    draft = tmp_path / "danang.yaml"
    code, _, err = run("extract", str(FIXTURES / "danang-2026-decision.txt"), "-o", str(draft))
    assert code == 0 and "province: Đà Nẵng from the issuer" in err
    assert "not placed: line 43: 1.250,5 tỷ — an amount of money (1,250.5 billion đồng)" in err  # 82,735 tỷ-style
    # as of mid-2025, before the first period ends: the decision's projection against its targets
    code, out, _ = run("forecast", "danang", "-f", "json", "--as-of", "2025-06-01", "--plans-dir", str(tmp_path))
    data = json.loads(out)
    assert code == 0 and [t["territory"] for t in data["territories"]] == ["danang"]  # dated 10/03/2026
    first, second = data["periods"]
    # 2021–2025: 3.200 completed + 2.100 started = 5.300 (as stated) vs 6.000: −700, 88,3 %, at risk
    assert (first["forecast_units"], first["targets"][0]["gap"], first["targets"][0]["status"]) == (
        5300,
        -700,
        "at_risk",
    )
    # 2026–2030: 900 + 8.000 + 500 = 9.400 (as stated) vs 14.000: −4.600, off track
    assert (second["forecast_units"], second["targets"][0]["gap"], second["targets"][0]["status"]) == (
        9400,
        -4600,
        "off_track",
    )
    assert data["total"]["forecast_units"] == 14700
    code, out, _ = run("validate", str(draft))
    assert code == 0 and "0 errors, 0 warnings" in out


def test_noise_is_removed(run: Run, tmp_path: Path) -> None:
    draft = tmp_path / "hanoi.yaml"
    code, _, err = run("extract", str(FIXTURES / "noisy-hanoi.txt"), "-o", str(draft))
    assert code == 0 and "province: Hà Nội" in err
    plan = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert plan["sources"]["qd12"]["document"] == "12/QĐ-UBND"  # the bold marks removed
    started = plan["pipeline"]["started"]  # "~~đã khởi công~~ đã khởi / công:" joined across the break
    # the figure's own line (the item starts on line 8, its figure is on line 9)
    assert started["deliveries"][0]["units"] == "1.000" and started["deliveries"][0]["source"]["line"] == 9
    assert plan["pipeline"]["investor_selected"]["deliveries"][0]["units"] == "300"  # "có Chủ đầu tư"
    assert plan["pipeline"]["other"]["deliveries"][0]["units"] == "200"  # "dự án dự án khác"
    code, out, _ = run("forecast", "hanoi", "-f", "json", "--plans-dir", str(tmp_path))
    assert json.loads(out)["periods"][0]["forecast_units"] == 1500  # 1.000 + 300 + 200


@pytest.mark.parametrize(
    ("raw", "clean", "struck"),
    [
        ("**Số: 117/QĐ-UBND**", "Số: 117/QĐ-UBND", []),
        ("Số: ~~147~~ /QĐ-UBND", "Số: /QĐ-UBND", ["147"]),
        ("Hà\u00a0 Nội,   ngày", "Hà Nội, ngày", []),
    ],
)
def test_clean_line(raw: str, clean: str, struck: list[str]) -> None:
    assert clean_line(raw) == (clean, struck)


def test_blocks_join_hard_breaks_and_keep_lines() -> None:
    text = "Các dự án đã khởi\ncông: 1.000/2.000 căn\n\n+ Tổng số căn: 5 căn"
    (first, second), _ = blocks(text.split("\n"))
    assert first.text == "Các dự án đã khởi công: 1.000/2.000 căn"
    assert first.line_at(first.text.index("1.000")) == 2 and first.line_at(0) == 1 and second.line_at(0) == 4


def test_text_without_figures(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "letter.txt"
    source.write_text("Kính gửi các phòng, ban.\nĐề nghị phối hợp thực hiện.\n", encoding="utf-8")
    draft = tmp_path / "out.yaml"
    code, out, err = run("extract", str(source), "-o", str(draft))
    assert (code, out) == (1, "") and "no figure in letter.txt matches a known phrasing" in err
    assert err.endswith(f"; no draft, so nothing was written to {draft}\n")
    assert not draft.exists()  # an empty "draft" would pass for one


def test_refuses_to_overwrite_and_unknown_province(run: Run, tmp_path: Path) -> None:
    draft = tmp_path / "x.yaml"
    draft.write_text("mine")
    code, _, err = run("extract", str(FIXTURES / "noisy-hanoi.txt"), "-o", str(draft))
    assert code == 2 and "--force" in err and draft.read_text() == "mine"
    assert run("extract", str(FIXTURES / "noisy-hanoi.txt"), "-o", str(draft), "--force")[0] == 0
    code, _, err = run("extract", str(FIXTURES / "noisy-hanoi.txt"), "-p", "atlantis")
    assert code == 2 and "no such province" in err


def test_hostile_texts(run: Run, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: nothing is really written
    code, _, err = run("extract", str(huge))
    assert code == 2 and "is larger than 20,971,520 bytes" in err  # read bounded: stat is never trusted
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, _, err = run("extract", str(binary))
    assert code == 2 and "not text nhaoxh can read" in err and "Traceback" not in err
    assert run("extract", str(tmp_path / "missing.txt"))[0] == 2
