"""A plan editor's workflow: new, show, list, explain."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from .conftest import PLANS, Run


def test_new_writes_a_template_that_validates(run: Run, tmp_path: Path) -> None:
    code, out, err = run("new", "danang", "--plans-dir", str(tmp_path))
    plan = tmp_path / "danang.yaml"
    assert (code, out) == (0, "") and str(plan) in err
    text = plan.read_text(encoding="utf-8")
    assert "# Kế hoạch phát triển nhà ở xã hội — Đà Nẵng" in text and "Quảng Nam" in text  # its predecessor
    data = yaml.safe_load(text)
    assert data["province"] == {"slug": "danang", "name": "Đà Nẵng", "aliases": ["da-nang"], "code": "48"}
    # an untouched template is not a plan yet: its placeholders are errors until filled (issue 15)
    code, out, _ = run("validate", str(plan))
    assert code == 1 and "NX116" in out and out.endswith("1 file checked: 1 error, 0 warnings\n")
    filled = re.sub(r'"FILL:[^"]*"', '"1/QĐ-UBND"', text)
    plan.write_text(filled, encoding="utf-8")
    assert run("validate", str(plan)) == (0, "1 file checked: 0 errors, 0 warnings\n", "")
    for field in (
        "schema_version",
        "province",
        "territory",
        "sources",
        "periods",
        "targets",
        "completed",
        "pipeline",
        "stated_totals",
        "reported",
    ):
        assert any(line.startswith(f"{field}:") for line in text.splitlines()), field


def test_new_never_overwrites_and_refuses_former_provinces(run: Run, tmp_path: Path) -> None:
    (tmp_path / "danang.yaml").write_text("mine")
    code, _, err = run("new", "danang", "--plans-dir", str(tmp_path))
    assert code == 2 and "never overwrites" in err and (tmp_path / "danang.yaml").read_text() == "mine"
    code, _, err = run("new", "Quảng Nam", "--plans-dir", str(tmp_path))
    assert code == 2 and "merged into Đà Nẵng" in err and "former:quangnam" in err


def test_new_template_filled_in_forecasts(run: Run, tmp_path: Path) -> None:
    run("new", "danang", "--plans-dir", str(tmp_path))
    plan = tmp_path / "danang.yaml"
    text = re.sub(r'"FILL:[^"]*"', '"1/QĐ-UBND"', plan.read_text(encoding="utf-8")).replace(
        "targets: []",
        ('targets:\n  - {kind: quota, period: 2021-2025, units: "6.000", source: {doc: nguon1, section: "1"}}'),
    )
    text = text.replace(
        "completed: []", ('completed:\n  - {period: 2021-2025, units: "6.100", source: {doc: nguon1, section: "2"}}')
    )
    plan.write_text(text, encoding="utf-8")
    code, out, _ = run("forecast", "danang", "-f", "json", "--as-of", "2024-06-01", "--plans-dir", str(tmp_path))
    # nothing reported, 6.100 completed as the plan states against 6.000: met, on the plan's projection
    target = json.loads(out)["territories"][0]["assessments"][0]
    assert code == 0 and (target["status"], target["basis"], target["value"]) == ("met", "forecast", 6100)


def test_show_cites_every_figure(run: Run) -> None:
    code, out, _ = run("show", "haiphong", "--plans-dir", str(PLANS))
    assert code == 0
    assert "- quota 2021–2025 “Giai đoạn 2022-2025” (338/QĐ-TTg): 15,400" in out
    assert '117/QĐ-UBND of 15 Jan 2024, II.1.1, line 99: "Giai đoạn 2022-2025: hoàn thành 15.400 căn"' in out
    assert "another source's figure, kept, not used" in out  # 49.455 is kept, not used
    code, out, _ = run("--lang", "vi", "show", "dienbien", "--plans-dir", str(PLANS))
    assert code == 0 and "hỗ trợ nhà ở (số hộ, không phải căn nhà ở xã hội)" in out


def test_explain_walks_through_the_arithmetic(run: Run) -> None:
    code, out, _ = run(
        "explain", "haiphong", "--period", "2026-2030", "--as-of", "2026-11-26", "--plans-dir", str(PLANS)
    )
    assert code == 0
    # line 131: 2.554 stated beside the share of the started units to 2030
    assert "+ construction started: 2,554 — stated units win" in out
    assert "= projection: 36,128" in out
    assert out.startswith("Hải Phòng (before the 2025 merger), period 2026–2030")  # the former city's plan
    # 2026–2030 of the former city, which ended with the 2025 merger: its quota passed to today's
    # Hải Phòng and is not assessed; the plan's 36.128 against 18.100 (199,6 %) stays on record
    assert (
        "quota 2026–2030: Giai đoạn 2025-2030 (338/QĐ-TTg): 18,100 — unknown (the unit ended with the merger of "
        "1 Jul 2025: its targets for later years passed to today's unit; its plan projected 36,128 (199.6% of "
        "the target))" in out
    )
    assert "  completed: none stated for this period" in out  # nothing invented
    code, out, _ = run(
        "explain", "haiphong", "--period", "2021-2025", "--as-of", "2026-11-26", "--plans-dir", str(PLANS)
    )
    assert "+ construction started: 4,017 — stated units win (the share 60% of 6,570 would give 3,942)" in out
    assert (
        "unknown (period over; reports cover 2021–2024 (7,900); the 2024 plan projected 15,540 (100.9% of the target))"
        in out
    )
    assert run("explain", "haiphong", "--period", "2040", "--plans-dir", str(PLANS))[0] == 2


def test_list_shows_coverage_and_what_is_missing(run: Run) -> None:
    code, out, _ = run("list", "-f", "json", "--plans-dir", str(PLANS))
    rows = {r["province"]["slug"]: r for r in json.loads(out)["plans"]}
    assert code == 0 and set(rows) == {p.stem for p in PLANS.glob("*.yaml")}  # 34 units and vietnam (issue 15)
    assert rows["haiphong"]["missing"] == [] and rows["haiphong"]["territories"][0]["last_report"] == "2025"
    # Điện Biên's only target is the 2025 one not assigned (Việt Nam News, 18/12/2025); Cà Mau has only a projection
    assert rows["dienbien"]["missing"] == ["pipeline", "reported"]
    assert rows["camau"]["missing"] == ["targets", "pipeline", "reported"]


def test_show_and_explain_for_scripts(run: Run) -> None:
    code, out, _ = run("explain", "haiphong", "-f", "json", "--plans-dir", str(PLANS))
    data = json.loads(out)
    assert code == 0 and data["schema"] == "nhaoxh.explain/2" and data["projection"] == 15540
    started = next(s for s in data["steps"] if s["stage"] == "started")
    # line 119: 4.017 stated beside "khoảng 60%" of 6.570, which alone would give 3.942
    assert (started["units"], started["rule"], started["share_would_give"]) == (4017, "stated", 3942)
    assert sum(s["units"] for s in data["steps"]) == 15540
    code, out, _ = run("show", "ninhbinh", "-f", "json", "--plans-dir", str(PLANS))
    assert code == 0 and json.loads(out)["province"]["slug"] == "ninhbinh"
    assert run("show", "ninhbinh", "-f", "xml", "--plans-dir", str(PLANS))[0] == 2
