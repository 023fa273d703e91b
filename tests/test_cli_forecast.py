"""`nhaoxh forecast` through the CLI, for each format, and as an installed script."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import PLANS, Run


def test_table_shows_periods_stages_and_targets(run: Run) -> None:
    code, out, err = run("forecast", "haiphong", "--plans-dir", str(PLANS))
    assert (code, err) == (0, "")
    assert "Hải Phòng" in out
    assert "15,540" in out and "36,128" in out and "51,668" in out
    assert "100.9%" in out and "met" in out
    assert "\x1b[" not in out  # no colour codes when not a terminal


def test_json_follows_the_contract(run: Run) -> None:
    code, out, _ = run("forecast", "haiphong", "--format", "json", "--plans-dir", str(PLANS))
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "nhaoxh.forecast/1"
    assert data["province"] == {"slug": "haiphong", "name": "Hải Phòng"}
    first, second = data["periods"]
    assert (first["id"], first["start_year"], first["end_year"]) == ("2021-2025", 2021, 2025)
    assert first["forecast_units"] == 15540 and second["forecast_units"] == 36128
    assert first["by_stage"]["started"] == 4017
    quota = first["targets"][0]
    assert {k: quota[k] for k in ("kind", "units", "gap", "ratio", "status")} == {
        "kind": "quota",
        "units": 15400,
        "gap": 140,
        "ratio": 1.0091,
        "status": "met",
    }
    assert quota["source"] == "117/QĐ-UBND, II.1.1, line 99"
    total = data["total"]
    assert (total["start_year"], total["end_year"], total["forecast_units"]) == (2021, 2030, 51668)
    assert [t["units"] for t in total["targets"]] == [33500, 48700, 48700]


def test_csv_reads_back(run: Run) -> None:
    code, out, _ = run("forecast", "haiphong", "--format", "csv", "--plans-dir", str(PLANS))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    former = [r for r in rows if r["territory"] == "former:haiphong"]
    assert len(former) == 3 + 2 + 3  # targets of 2021-2025, 2026-2030 and the whole span
    assert former[0]["period"] == "2021-2025" and former[0]["forecast_units"] == "15540"
    assert former[0]["target_units"] == "15400" and former[0]["gap"] == "140"
    assert former[-1]["period"] == "total" and former[-1]["forecast_units"] == "51668"
    merged_2025 = next(r for r in rows if r["territory"] == "haiphong" and r["period"] == "year 2025")
    # 13.147 completed in 2025 against the QĐ 444 target of 10.694: +2.453, 122.9 %
    assert (merged_2025["forecast_units"], merged_2025["target_units"], merged_2025["gap"]) == (
        "13147",
        "10694",
        "2453",
    )


def test_markdown(run: Run) -> None:
    code, out, _ = run("forecast", "haiphong", "--format", "markdown", "--plans-dir", str(PLANS))
    assert code == 0
    assert out.startswith("## Hải Phòng — social housing forecast\n")
    assert "| **forecast** | **15,540** | **36,128** | **51,668** |" in out


@pytest.mark.parametrize(
    "name",
    [
        "haiphong",
        "hải phòng",
        "HAI-PHONG",
        "Hải Phòng",
        "Hai Phong",
        "Thành phố Hải Phòng",
        "Ha\u0309i Pho\u0300ng",
    ],
)
def test_province_names_give_the_same_result(run: Run, name: str) -> None:
    reference = run("forecast", "haiphong", "--format", "json", "--plans-dir", str(PLANS))
    assert run("forecast", name, "--format", "json", "--plans-dir", str(PLANS)) == reference


def test_unknown_province_exits_2_with_a_suggestion(run: Run) -> None:
    code, out, err = run("forecast", "atlantis", "--plans-dir", str(PLANS))
    assert (code, out) == (2, "")
    every_plan = ", ".join(sorted(p.stem for p in PLANS.glob("*.yaml")))  # 34 units and vietnam (issue 15)
    assert err == f"error: no plan for the province 'atlantis' in {PLANS}. Plans there: {every_plan}.\n"
    code, _, err = run("forecast", "haiphon", "--plans-dir", str(PLANS))
    assert code == 2 and "Did you mean 'haiphong'?" in err


def test_province_argument_is_never_a_path(run: Run) -> None:
    code, _, err = run("forecast", "../../etc/passwd", "--plans-dir", str(PLANS))
    assert code == 2 and "no plan for the province '../../etc/passwd'" in err


def test_unknown_format_is_a_usage_error(run: Run) -> None:
    code, _, _ = run("forecast", "haiphong", "--format", "xml", "--plans-dir", str(PLANS))
    assert code == 2


def test_missing_plans_dir_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    code, _, err = run("forecast", "haiphong", "--plans-dir", str(tmp_path / "nowhere"))
    assert code == 2 and "does not exist" in err


def test_output_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "hp.json"
    code, out, _ = run("forecast", "haiphong", "-f", "json", "-o", str(target), "--plans-dir", str(PLANS))
    assert (code, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["total"]["forecast_units"] == 51668
    assert [p.name for p in tmp_path.iterdir()] == ["hp.json"]


def test_plans_dir_from_environment(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shutil.copy(PLANS / "haiphong.yaml", tmp_path / "haiphong.yaml")
    monkeypatch.setenv("NHAOXH_PLANS_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("forecast", "haiphong", "-f", "json")
    assert code == 0 and json.loads(out)["total"]["forecast_units"] == 51668


def test_invalid_plan_exits_1_with_its_problems(run: Run, tmp_path: Path) -> None:
    text = (PLANS / "haiphong.yaml").read_text(encoding="utf-8").replace('units: "4.017"', "units: 4.017")
    (tmp_path / "haiphong.yaml").write_text(text, encoding="utf-8")
    code, out, err = run("forecast", "haiphong", "--plans-dir", str(tmp_path))
    assert (code, out) == (1, "")
    assert "NX104" in err and "4017" in err and "Traceback" not in err


def _console_script() -> str:
    found = Path(sys.executable).with_name("nhaoxh")
    return str(found) if found.exists() else (shutil.which("nhaoxh") or "nhaoxh")


def test_installed_console_script_from_any_folder(tmp_path: Path) -> None:
    """The installed `nhaoxh` finds its shipped plans outside the repository."""
    env = {k: v for k, v in os.environ.items() if k != "NHAOXH_PLANS_DIR"}
    done = subprocess.run(
        [_console_script(), "forecast", "haiphong", "--format", "json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["periods"][1]["forecast_units"] == 36128


def test_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "nhaoxh_cli", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("nhaoxh ")
