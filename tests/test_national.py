"""The national picture: the registry of units, the 2025 merger, the report,
and the national figures checked against shared/reference/national-figures.md."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import textwrap
from pathlib import Path

import pytest

from nhaoxh_cli import api
from nhaoxh_cli.domain import Status
from nhaoxh_cli.engine.country import build_report
from nhaoxh_cli.engine.province import territory_forecast
from nhaoxh_cli.loader import load_plan_text
from nhaoxh_cli.loader.registry import default_registry

from .conftest import PLANS, ROOT, Run

REFERENCE_FILE = ROOT.parent / "shared" / "reference" / "national-figures.md"
REFERENCE = REFERENCE_FILE.read_text(encoding="utf-8") if REFERENCE_FILE.exists() else ""
needs_reference = pytest.mark.skipif(not REFERENCE, reason="shared/reference/ is not beside this checkout")


# -- the registry ---------------------------------------------------------------


def test_registry_has_34_units_and_63_former() -> None:
    registry = default_registry()
    assert len(registry.current) == 34 and len(registry.former) == 63
    assert {u.merged_into for u in registry.former} == {u.slug for u in registry.current}
    assert registry.unit("bacninh").code == "24"  # former Bắc Giang's code, not former Bắc Ninh's (27)
    assert registry.former_unit("bacninh").code == "27"
    assert [u.slug for u in registry.predecessors("ninhbinh")] == ["hanam", "namdinh", "ninhbinh"]
    assert [u.slug for u in registry.predecessors("haiphong")] == ["haiduong", "haiphong"]


@pytest.mark.parametrize(
    ("name", "current", "former"),
    [
        ("haiduong", "haiphong", "haiduong"),
        ("Nam Định", "ninhbinh", "namdinh"),
        ("bac giang", "bacninh", "bacgiang"),
        ("Hải Phòng", "haiphong", None),
        ("Thừa Thiên Huế", "hue", None),
        ("TP HCM", "hochiminh", None),
    ],
)
def test_registry_lookup(name: str, current: str, former: str | None) -> None:
    unit, was = default_registry().lookup(name)
    assert unit.slug == current and (was.slug if was else None) == former


def test_forecast_of_a_former_province_explains_the_merger(run: Run) -> None:
    """The note is said once: in the output when it has a place for it (text, Markdown, JSON), else on stderr."""
    code, out, err = run("forecast", "haiduong", "-f", "csv", "--plans-dir", str(PLANS))
    assert code == 0
    assert (
        err
        == "note: Hải Dương merged into Hải Phòng on 1 Jul 2025 (Nghị quyết 202/2025/QH15): showing Hải Phòng's plan\n"
    )
    code, out, err = run("forecast", "haiduong", "-f", "json", "--plans-dir", str(PLANS))
    assert code == 0 and err == ""
    assert json.loads(out)["province"]["slug"] == "haiphong"
    assert json.loads(out)["notes"][0]["code"] == "merged_into"
    code, out, err = run("--lang", "vi", "forecast", "haiduong", "--plans-dir", str(PLANS))
    said = "Hải Dương đã hợp nhất vào Hải Phòng từ 01/07/2025 (Nghị quyết 202/2025/QH15): hiển thị kế hoạch của"
    assert code == 0 and err == "" and said in " ".join(out.split())
    code, out, err = run("forecast", "Nam Định", "-f", "json", "--plans-dir", str(PLANS))
    assert code == 0 and err == "" and json.loads(out)["province"]["slug"] == "ninhbinh"
    assert json.loads(out)["notes"][0]["params"]["former"] == "Nam Định"


def test_known_province_without_plan(run: Run, tmp_path: Path) -> None:
    (tmp_path / "haiphong.yaml").write_text((PLANS / "haiphong.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run("forecast", "Đà Nẵng", "--plans-dir", str(tmp_path))
    assert (
        code == 2
        and err == f"error: Đà Nẵng has no plan in {tmp_path} yet: `nhaoxh new danang` writes a template to fill\n"
    )


@pytest.mark.parametrize("fmt", ["text", "json", "csv", "markdown"])
def test_provinces_command(run: Run, fmt: str) -> None:
    code, out, _ = run("provinces", "-f", fmt, "--plans-dir", str(PLANS))
    assert code == 0 and "Hải Phòng" in out
    if fmt == "json":
        units = json.loads(out)["units"]
        assert len(units) == 34 and next(u for u in units if u["slug"] == "haiphong")["plan"].endswith("haiphong.yaml")
        assert all(" " not in key for unit in units for key in unit)
    code, out, _ = run("provinces", "--former", "-f", "csv", "--plans-dir", str(PLANS))
    assert len(list(csv.reader(io.StringIO(out)))) == 64


# -- territories ------------------------------------------------------------------

CITE = "{doc: d, section: '1'}"
AS_OF = dt.date(2026, 11, 26)


def plan_text(slug: str, body: str) -> str:
    return textwrap.dedent(f"""\
        schema_version: 1
        province: {{slug: {slug}, name: {slug}}}
        sources: {{d: {{document: 1/QĐ}}}}
        periods:
          - {{id: p1, start_year: 2021, end_year: 2025}}
          - {{id: p2, start_year: 2026, end_year: 2030}}
        """) + textwrap.dedent(body)


def load(slug: str, body: str):  # type: ignore[no-untyped-def]
    result = load_plan_text(plan_text(slug, body), f"{slug}.yaml")
    assert result.plan is not None, result.findings
    return result.plan


def test_a_target_is_assessed_only_within_its_own_territory() -> None:
    plan = load(
        "haiphong",
        f"""
        targets:
          - {{id: merged, kind: quota, period: p1, units: 100, territory: haiphong, source: {CITE}}}
          - {{id: old, kind: quota, period: p1, units: 50, territory: former:haiphong, source: {CITE}}}
        completed:
          - {{period: p1, units: 60, territory: former:haiphong, source: {CITE}}}
        """,
    )
    registry = default_registry()
    before = dt.date(2025, 3, 1)  # 2021–2025 still open, before the merger of 01/07/2025
    former, _ = territory_forecast(plan, "former:haiphong", "former", registry, before)
    merged, _ = territory_forecast(plan, "haiphong", "current", registry, before)
    assert [(a.target.id, a.value, a.status) for a in former.assessments] == [("old", 60, Status.MET)]
    # the former city's 60 units are never set against the merged city's 100
    assert [(a.target.id, a.value, a.status) for a in merged.assessments] == [("merged", None, Status.UNKNOWN)]


def test_mixing_territories_in_a_sum_is_refused(run: Run, tmp_path: Path) -> None:
    (tmp_path / "haiphong.yaml").write_text(
        plan_text(
            "haiphong",
            f"""
        targets:
          - {{id: a, kind: quota, period: p1, units: 10, territory: former:haiphong, source: {CITE}}}
          - {{id: b, kind: quota, period: p1, units: 20, parts: [a], territory: haiphong, source: {CITE}}}
        """,
        ),
        encoding="utf-8",
    )
    code, out, _ = run("validate", str(tmp_path))
    assert code == 1 and "NX210" in out and "the merger changed the land" in out


# -- the country ----------------------------------------------------------------------


def test_the_country_and_the_sum_of_the_units_targets() -> None:
    national = load(
        "vietnam",
        f"""
        territory: vietnam
        targets:
          - {{id: q, kind: quota, period: p1, units: 1000, source: {CITE}}}
          - {{id: y2025, kind: quota, years: 2025, units: 400, source: {CITE}}}
        reported:
          - {{years: 2021-2024, units: 300, source: {CITE}}}
          - {{years: 2025, units: 200, source: {CITE}}}
        """,
    )
    province = load("ninhbinh", f"targets: [{{kind: quota, years: 2025, units: 120, source: {CITE}}}]\n")
    report = build_report([(national, "vietnam.yaml"), (province, "ninhbinh.yaml")], [], default_registry(), AS_OF)
    assert len(report.units) == 34 and [u.code for u in report.units] == sorted(u.code for u in report.units)
    q = next(a for a in report.national if a.target.id == "q")
    # 300 + 200 of 1.000, every year over and reported: a final result is met or not met
    assert (q.value, q.ratio, q.status, q.final) == (500, 0.5, Status.NOT_MET, True)
    first = next(s for s in report.headline.sums if s.slot == "2025")
    assert (first.units, first.with_target, first.left_out, first.national, first.difference) == (120, 1, 0, 400, 280)
    assert (report.coverage.units, report.coverage.with_plan) == (34, 1)
    hanoi = next(u for u in report.units if u.slug == "hanoi")
    assert hanoi.file is None and hanoi.targets["2025"] is None


# -- the shipped data against the reference file ----------------------------------------------


def _reference_number(text: str) -> int:
    return int(text.replace(".", ""))


@needs_reference
def test_national_figures_match_the_reference() -> None:
    plan = api.load_plan(PLANS / "vietnam.yaml")
    by_id = {t.id: t.units for t in plan.targets}
    row = re.search(r"\| 2025 \| 2026 \|.*\n\|[-| ]+\n\| ([\d.| ]+) \|", REFERENCE)
    assert row, "the QĐ 444 table moved in the reference file"
    figures = [_reference_number(v.strip()) for v in row.group(1).split("|")]
    assert [by_id[f"qd444-{y}"] for y in range(2025, 2031)] + [by_id["qd444-2025-2030"]] == figures
    assert by_id["quota-2021-2025"] == 428000 and "khoảng 428.000" in REFERENCE
    assert by_id["quota-2026-2030"] == 634200 and "khoảng 634.200" in REFERENCE
    assert by_id["quota-total"] == 1062200 and "about 1.062.200" in REFERENCE
    assert (by_id["nq7-2026"], by_id["nq7-2026-2030"]) == (
        158723,
        973471,
    ) and "158.723 units in 2026, 973.471" in REFERENCE
    for snap in plan.snapshots:
        assert snap.total is not None and snap.completed is not None
        text = f"{snap.total.projects} / {snap.total.units:,}".replace(",", ".")
        assert text in REFERENCE, snap.as_of


def test_dien_bien_housing_support_is_not_social_housing() -> None:
    result = api.forecast("dienbien", as_of=AS_OF, plans_dir=PLANS)
    assert not any(t.has_pipeline for t in result.territories)
    assert [h.households for h in result.housing_support] == [12000, 1647]


# -- the report command -----------------------------------------------------------------


def test_report_csv_reads_back(run: Run) -> None:
    code, out, _ = run("report", "-f", "csv", "--as-of", "2026-11-26", "--plans-dir", str(PLANS))
    rows = {r["slug"]: r for r in csv.DictReader(io.StringIO(out))}
    assert code == 0 and len(rows) == 35  # 34 units and the country
    hp = rows["haiphong"]
    assert (hp["target_2025"], hp["value_2025"], hp["status_2025"], hp["basis_2025"]) == (
        "10694",
        "13147",
        "met",
        "reported",
    )
    vn = rows["vietnam"]
    # 102.633 completed in 2025 against QĐ 444's 100.275
    assert (vn["target_2025"], vn["value_2025"], vn["status_2025"]) == ("100275", "102633", "met")


def test_report_json_and_filters(run: Run) -> None:
    code, out, _ = run("report", "haiduong", "-f", "json", "--as-of", "2026-11-26", "--plans-dir", str(PLANS))
    data = json.loads(out)
    assert code == 0 and data["schema"] == "nhaoxh.report/2"
    assert [u["slug"] for u in data["units"]] == ["haiphong"]
    assert data["headline"]["result_2025"]["value"] == 102633  # the headline is the country's, whatever is shown
    code, out, _ = run("report", "-f", "json", "--plans-dir", str(PLANS))
    # every one of the 34 current units has a plan (issue 15), in code order
    units = json.loads(out)["units"]
    assert [u["slug"] for u in units] == [u.slug for u in sorted(default_registry().current, key=lambda u: u.code)]
    assert all(u["file"] for u in units)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_report_for_people(run: Run, fmt: str) -> None:
    code, out, _ = run("report", "-f", fmt, "--as-of", "2026-11-26", "--plans-dir", str(PLANS))
    assert code == 0 and "Hải Phòng" in out and "122.9%" in out and "39.6%" in out and "34 units have a plan" in out


def test_report_leaves_out_an_invalid_plan_and_says_so(run: Run, tmp_path: Path) -> None:
    (tmp_path / "haiphong.yaml").write_text((PLANS / "haiphong.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "ninhbinh.yaml").write_text("schema_version: 1\nprovince: {slug: ninhbinh}\n", encoding="utf-8")
    code, out, err = run("report", "-f", "json", "--plans-dir", str(tmp_path))
    assert code == 1 and "ninhbinh.yaml has errors and was left out" in err
    data = json.loads(out)
    assert [u["slug"] for u in data["units"] if u["file"]] == ["haiphong"]
    assert data["left_out"] == [{"file": "ninhbinh.yaml", "slug": None, "reason": "errors"}]  # in the plans folder


def test_report_says_which_plans_are_about_no_current_unit(run: Run, tmp_path: Path) -> None:
    """A valid plan for a former province (or a mistyped slug) is in no row: the report lists it."""
    text = (PLANS / "haiphong.yaml").read_text(encoding="utf-8")
    (tmp_path / "haiphong.yaml").write_text(text, encoding="utf-8")
    old = text.replace("slug: haiphong", "slug: haiduong").replace("  aliases: [hai-phong, thanh-pho-hai-phong]\n", "")
    (tmp_path / "haiduong.yaml").write_text(old, encoding="utf-8")
    code, out, _ = run("report", "-f", "json", "--plans-dir", str(tmp_path))
    assert code == 0
    assert json.loads(out)["left_out"] == [
        {"file": "haiduong.yaml", "slug": "haiduong", "reason": "not_a_current_unit"}
    ]
    code, out, _ = run("report", "--plans-dir", str(tmp_path))
    assert "is about 'haiduong', which is not one of today's units" in " ".join(out.split())


def test_python_api() -> None:
    result = api.forecast("Hải Phòng", as_of=AS_OF, plans_dir=PLANS)
    assert [t.territory for t in result.territories] == ["haiphong", "former:haiduong", "former:haiphong"]
    assert result.territories[2].total.forecast_units == 51668
    assert api.validate(PLANS).errors == 0
    country = api.report(["haiduong"], as_of=AS_OF, plans_dir=PLANS)
    assert [r.slug for r in country.units] == ["haiphong"]
    with pytest.raises(api.InvalidPlan) as invalid:
        api.load_plan(ROOT / "tests/plans/negative/NX104-float-units/testland.yaml")
    assert invalid.value.findings[0].code == "NX104"
