"""The national picture: the registry of units, the 2025 merger, the report,
and the national figures checked against shared/reference/national-figures.md."""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest

from nhaoxh_cli import api
from nhaoxh_cli.domain import Status
from nhaoxh_cli.engine import forecast_plan
from nhaoxh_cli.engine.report import build_report
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
    code, out, err = run("forecast", "haiduong", "-f", "json", "--plans-dir", str(PLANS))
    assert code == 0
    assert err == (
        "note: Hải Dương merged into Hải Phòng on 1 Jul 2025 (Nghị quyết 202/2025/QH15): showing Hải Phòng's plan.\n"
    )
    code, _, err = run("--lang", "vi", "forecast", "haiduong", "--plans-dir", str(PLANS))
    assert code == 0 and err == (
        "lưu ý: Hải Dương đã hợp nhất vào Hải Phòng từ 01/07/2025 (Nghị quyết 202/2025/QH15): "
        "hiển thị kế hoạch của Hải Phòng.\n"
    )
    assert json.loads(out)["province"]["slug"] == "haiphong"
    code, out, err = run("forecast", "Nam Định", "-f", "json", "--plans-dir", str(PLANS))
    assert code == 0 and "Nam Định merged into Ninh Bình" in err and json.loads(out)["province"]["slug"] == "ninhbinh"


def test_known_province_without_plan(run: Run, tmp_path: Path) -> None:
    (tmp_path / "haiphong.yaml").write_text((PLANS / "haiphong.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run("forecast", "Đà Nẵng", "--plans-dir", str(tmp_path))
    assert code == 2 and "Đà Nẵng has no plan" in err


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_provinces_command(run: Run, fmt: str) -> None:
    code, out, _ = run("provinces", "-f", fmt, "--plans-dir", str(PLANS))
    assert code == 0 and "Hải Phòng" in out
    if fmt == "json":
        units = json.loads(out)["units"]
        assert len(units) == 34 and next(u for u in units if u["slug"] == "haiphong")["plan"] == "yes"
    code, out, _ = run("provinces", "--former", "-f", "csv", "--plans-dir", str(PLANS))
    assert len(list(csv.reader(io.StringIO(out)))) == 64


# -- territories ------------------------------------------------------------------

CITE = "{doc: d, section: '1'}"


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


def test_a_forecast_is_compared_only_with_its_own_territory() -> None:
    plan = load(
        "haiphong",
        f"""
        targets:
          - {{kind: quota, period: p1, units: 100, territory: haiphong, source: {CITE}}}
          - {{kind: quota, period: p1, units: 50, territory: former:haiphong, source: {CITE}}}
        completed:
          - {{period: p1, units: 60, territory: former:haiphong, source: {CITE}}}
        """,
    )
    former = forecast_plan(plan, "former:haiphong")
    merged = forecast_plan(plan, "haiphong")
    assert [(t.units, t.forecast_units, t.status) for t in former.periods[0].targets] == [(50, 60, Status.MET)]
    assert [(t.units, t.forecast_units, t.status) for t in merged.periods[0].targets] == [
        (100, None, Status.UNKNOWN)
    ]  # the former city's 60 units are never set against the merged city's 100


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


# -- the roll-up ----------------------------------------------------------------------


def test_merged_province_is_the_sum_of_all_its_predecessors() -> None:
    # Former Hải Phòng: quota 100 and 120 completed in p1; former Hải Dương: quota 50 and 30 completed.
    plan = load(
        "haiphong",
        f"""
        territory: haiphong
        targets:
          - {{kind: quota, period: p1, units: 100, territory: former:haiphong, source: {CITE}}}
          - {{kind: quota, period: p1, units: 50, territory: former:haiduong, source: {CITE}}}
        completed:
          - {{period: p1, units: 120, territory: former:haiphong, source: {CITE}}}
          - {{period: p1, units: 30, territory: former:haiduong, source: {CITE}}}
        """,
    )
    report = build_report([(plan, "haiphong.yaml")], default_registry())
    cell = report.provinces[0].cells["p1"]
    assert (cell.target, cell.forecast) == (150, 150)  # 100 + 50 and 120 + 30
    assert (cell.target_basis, cell.forecast_basis) == ("sum of predecessors", "sum of predecessors")
    assert cell.status is Status.MET


def test_one_predecessor_missing_leaves_the_merged_figure_unknown() -> None:
    plan = load(
        "haiphong",
        f"""
        territory: haiphong
        targets:
          - {{kind: quota, period: p1, units: 100, territory: former:haiphong, source: {CITE}}}
        completed:
          - {{period: p1, units: 120, territory: former:haiphong, source: {CITE}}}
        """,
    )
    cell = build_report([(plan, "haiphong.yaml")], default_registry()).provinces[0].cells["p1"]
    assert (cell.target, cell.forecast, cell.status) == (None, None, Status.UNKNOWN)


def test_national_totals_and_the_sum_of_provincial_targets() -> None:
    national = load(
        "vietnam",
        f"""
        territory: vietnam
        targets:
          - {{kind: quota, period: p1, units: 1000, source: {CITE}}}
        reported:
          - {{years: 2021-2024, units: 300, source: {CITE}}}
          - {{years: 2025, units: 200, source: {CITE}}}
        """,
    )
    province = load(
        "ninhbinh",
        f"""
        targets:
          - {{kind: quota, period: p1, units: 120, source: {CITE}}}
        """,
    )
    report = build_report([(national, "vietnam.yaml"), (province, "ninhbinh.yaml")], default_registry())
    first = report.totals[0]
    assert first.national_actual == 500  # 300 + 200, reported for every year of 2021–2025
    assert first.national_targets[0].ratio == 0.5 and first.national_targets[0].status is Status.OFF_TRACK
    assert (first.provincial_targets, first.provinces_with_target, first.difference) == (120, 1, 880)
    assert report.coverage is not None and (report.coverage.units, report.coverage.with_plan) == (34, 1)


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


def test_2025_national_result_against_qd444() -> None:
    """Reference: "In 2025, 102.633 units completed against the target of 100.275 (102%)"."""
    plan = api.load_plan(PLANS / "vietnam.yaml")
    year = next(c for c in forecast_plan(plan).year_targets if c.target.id == "qd444-2025")
    assert (year.forecast_units, year.units, year.gap) == (102633, 100275, 2358)
    assert round(float(year.ratio or 0) * 100) == 102


def test_merged_haiphong_2025_against_its_target() -> None:
    """Reference: "13.147 units completed in 2025, 123% of 10.694"."""
    merged = api.forecast(api.find_plan("haiphong", PLANS), "haiphong")
    year = next(c for c in merged.year_targets if c.target.id == "hp-quota-2025")
    assert (year.forecast_units, year.units) == (13147, 10694) and round(float(year.ratio or 0) * 100) == 123
    # 2021–2025 fully reported: 5.861 (2021–2024) + 13.147 (2025) = 19.008 against 16.555
    first = merged.periods[0]
    assert (first.basis, first.forecast_units, first.targets[0].units) == ("reported", 19008, 16555)


def test_dien_bien_housing_support_is_not_social_housing() -> None:
    plan = api.load_plan(PLANS / "dienbien.yaml")
    forecast = forecast_plan(plan)
    assert forecast.total.forecast_units is None and not forecast.has_pipeline
    assert [h.households for h in plan.housing_support] == [12000, 1647]


# -- the report command -----------------------------------------------------------------


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_report_html_is_one_self_contained_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, out, _ = run("report", "-f", "html", "-o", str(target), "--plans-dir", str(PLANS))
    assert (code, out) == (0, "")
    page = target.read_text(encoding="utf-8")
    parser = _Collect()
    parser.feed(page)
    ids = {attrs.get("id") for _, attrs in parser.tags}
    assert {"provinces", "national", "trajectory", "funnel"} <= ids
    assert sum(tag == "svg" for tag, _ in parser.tags) > 10  # progress bars and charts
    assert not [a for _, a in parser.tags if (a.get("src") or a.get("href") or "").startswith(("http", "//"))]
    assert "<script" not in page and '<meta name="viewport"' in page
    assert "Hải Phòng" in page and "114.8%" in page  # 19.008 against 16.555
    trajectories = [a for tag, a in parser.tags if tag == "svg" and a.get("class") == "trajectory"]
    assert [a["data-territory"] for a in trajectories] == ["former:haiphong"]  # the only pipeline
    assert 'class="band"' in page and 'class="forecast"' in page


def test_report_csv_reads_back(run: Run) -> None:
    code, out, _ = run("report", "-f", "csv", "--plans-dir", str(PLANS))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    hp = next(r for r in rows if r["province"] == "haiphong" and r["period"] == "2021-2025")
    assert (hp["target"], hp["forecast"], hp["gap"], hp["status"]) == ("16555", "19008", "2453", "met")
    national = next(r for r in rows if r["province"] == "vietnam" and r["period"] == "2021-2025")
    # 66.755 (2021–2024) + 102.633 (2025) = 169.388 against about 428.000
    assert (national["forecast"], national["target"], national["status"]) == ("169388", "428000", "off_track")


def test_report_json_and_filters(run: Run) -> None:
    code, out, err = run("report", "haiduong", "-f", "json", "--plans-dir", str(PLANS))
    data = json.loads(out)
    assert code == 0 and "merged into Hải Phòng" in err
    assert data["schema"] == "nhaoxh.report/1" and [p["slug"] for p in data["provinces"]] == ["haiphong"]
    assert data["national"]["periods"][0]["targets"][0]["units"] == 428000
    code, out, _ = run("report", "-f", "json", "--plans-dir", str(PLANS))
    # every one of the 34 current units has a plan (issue 15), in code order
    assert [p["slug"] for p in json.loads(out)["provinces"]] == [u.slug for u in default_registry().current]


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_report_for_people(run: Run, fmt: str) -> None:
    code, out, _ = run("report", "-f", fmt, "--plans-dir", str(PLANS))
    assert code == 0 and "Hải Phòng" in out and "114.8%" in out and "39.6%" in out and "Coverage: 34 of 34" in out


def test_report_leaves_out_an_invalid_plan_and_says_so(run: Run, tmp_path: Path) -> None:
    (tmp_path / "haiphong.yaml").write_text((PLANS / "haiphong.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "ninhbinh.yaml").write_text("schema_version: 1\nprovince: {slug: ninhbinh}\n", encoding="utf-8")
    code, out, err = run("report", "-f", "json", "--plans-dir", str(tmp_path))
    assert code == 1 and "ninhbinh.yaml has errors and was left out" in err
    assert [p["slug"] for p in json.loads(out)["provinces"]] == ["haiphong"]
    assert json.loads(out)["left_out"] == [{"file": str(tmp_path / "ninhbinh.yaml"), "slug": None, "reason": "errors"}]


def test_report_says_which_plans_are_about_no_current_province(run: Run, tmp_path: Path) -> None:
    """A valid plan for a former province (or a mistyped slug) is in no row: the report lists it."""
    text = (PLANS / "haiphong.yaml").read_text(encoding="utf-8")
    (tmp_path / "haiphong.yaml").write_text(text, encoding="utf-8")
    old = text.replace("slug: haiphong", "slug: haiduong").replace("  aliases: [hai-phong, thanh-pho-hai-phong]\n", "")
    (tmp_path / "haiduong.yaml").write_text(old, encoding="utf-8")
    code, out, _ = run("report", "-f", "json", "--plans-dir", str(tmp_path))
    assert code == 0 and [p["slug"] for p in json.loads(out)["provinces"]] == ["haiphong"]
    assert json.loads(out)["left_out"] == [
        {"file": str(tmp_path / "haiduong.yaml"), "slug": "haiduong", "reason": "not_a_current_province"}
    ]
    code, out, _ = run("report", "--plans-dir", str(tmp_path))
    words = " ".join(out.split())  # the table wraps long notes
    assert "Left out:" in words and "is about 'haiduong', which is not one of today's 34 provincial units" in words


def test_python_api() -> None:
    plan = api.find_plan("Hải Phòng", PLANS)
    assert api.forecast(plan).total.forecast_units == 51668
    assert [f.territory for f in api.forecast_all(plan)] == ["former:haiphong", "haiphong", "former:haiduong"]
    assert api.validate(PLANS).errors == 0
    programme = api.report(PLANS, ["haiduong"])
    assert [r.slug for r in programme.report.provinces] == ["haiphong"]
    with pytest.raises(api.InvalidPlan) as invalid:
        api.load_plan(ROOT / "tests/plans/negative/NX104-float-units/testland.yaml")
    assert invalid.value.findings[0].code == "NX104"
