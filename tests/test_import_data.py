"""The shipped data: every one of the 34 current units has a plan, loaded by `nhaoxh import` from
data/figures/reference-2026-11.csv, which transcribes shared/reference/province-figures.md.
Expected figures are read by hand from that reference (section and row given beside each)."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from nhaoxh_cli.importer import import_figures
from nhaoxh_cli.loader.plans import load_plan_file
from nhaoxh_cli.loader.registry import default_registry
from nhaoxh_cli.model import Plan
from nhaoxh_cli.validation import validate_paths

from .conftest import PLANS, ROOT

FIGURES = ROOT / "data" / "figures" / "reference-2026-11.csv"


def plan(slug: str) -> Plan:
    loaded = load_plan_file(PLANS / f"{slug}.yaml")
    assert loaded.plan is not None, loaded.findings
    return loaded.plan


def target(slug: str, years: tuple[int, int], decision: str | None = None, *, alternative: bool = False) -> int | None:
    p = plan(slug)
    found = [
        t
        for t in p.targets
        if t.years == years
        and t.alternative is alternative
        and t.kind.value == "quota"
        and p.territory_of(t) == (slug if slug != "haiphong" else "haiphong")
        and (decision is None or t.decision == decision)
    ]
    assert len(found) == 1, found
    return found[0].units


def result(slug: str, year: int, *, alternative: bool = False) -> list[int | None]:
    """The counts reported for a year (a percentage or an outcome alone is not a count)."""
    p = plan(slug)
    return [
        r.units
        for r in p.reported
        if r.years == (year, year)
        and not r.partial
        and r.units is not None
        and r.alternative is alternative
        and p.territory_of(r) == slug
    ]


def test_every_current_unit_has_a_plan() -> None:
    slugs = {u.slug for u in default_registry().current}
    assert len(slugs) == 34 and slugs <= {p.stem for p in PLANS.glob("*.yaml")}
    for slug in slugs:
        p = plan(slug)
        assert p.targets or p.reported or p.expected or p.notes, slug  # no plan without something said


@pytest.mark.parametrize(
    ("slug", "quota", "reported"),
    [
        ("hanoi", 4670, [5158]),  # §2 01 Hà Nội: a. 4,670; b. 5,158 (110%)
        ("hochiminh", 13040, [13040]),  # §2 79: a. 13,040; b. 13,040 (100%) per MoC
        ("bacninh", 15929, [19123]),  # §2 24: a. 15,929 (MoC); b. 19,123 (120%)
        ("thainguyen", 1084, [4223]),  # §2 19: a. 1,084; b. 4,223
        ("quangngai", 240, [268]),  # §2 51: a. 240; b. 268 (112%)
        ("quangninh", 2201, []),  # §2 22: a. 2,201; final not found
        ("cantho", 1397, []),  # §2 92: a. 1,397; b. only "109–111%"
        ("haiphong", 10694, [13147]),  # §2 31: a. 10,694; b. 13,147 (123%)
    ],
)
def test_2025_targets_and_results(slug: str, quota: int, reported: list[int]) -> None:
    assert target(slug, (2025, 2025), "444/QĐ-TTg") == quota
    assert result(slug, 2025) == reported


def test_disagreements_are_kept_as_alternatives() -> None:
    # §2 24 Bắc Ninh: 15,929 (MoC) / 15,920 (province)
    assert target("bacninh", (2025, 2025), "444/QĐ-TTg", alternative=True) == 15920
    # §2 79: 12,799 units in 14 projects (98.2%), the city's Department of Construction
    assert result("hochiminh", 2025, alternative=True) == [12799]
    # §1: 2025 completions 102,633 (H); 102,388 and ">103,000" (M, conflicts)
    assert result("vietnam", 2025) == [102633]
    national = plan("vietnam")
    alternatives = [
        (r.units, r.qualifier.value) for r in national.reported if r.years == (2025, 2025) and r.alternative
    ]
    assert alternatives == [(102388, "exact"), (103000, "above")]


def test_tp_ho_chi_minh_2026_2030_by_nq7() -> None:
    """§2 79: NQ 7 per year 28,500 (2026); 38,157 (2027); 38,200 (2028–2030); sum 181,257."""
    nq7 = {t.years: t.units for t in plan("hochiminh").targets if t.decision == "7/NQ-CP" and not t.alternative}
    assert [nq7[(y, y)] for y in range(2026, 2031)] == [28500, 38157, 38200, 38200, 38200]
    assert nq7[(2026, 2030)] == 181257 == sum(nq7[(y, y)] for y in range(2026, 2031))


def test_no_target_assigned_and_zero_completed() -> None:
    for slug in ("caobang", "dienbien", "laichau"):  # §2 04/11/12: "none assigned" (all three)
        (none,) = [t for t in plan(slug).targets if t.years == (2025, 2025)]
        assert none.not_assigned and none.units is None and none.decision == "444/QĐ-TTg"
    assert result("hatinh", 2025) == [0]  # §2 42: b. 0 units


def test_a_percentage_alone_keeps_the_percent_and_marks_the_count_derived() -> None:
    """§2 25 Phú Thọ: b. 154%; DERIVED ≈ 3,588 (2,330 × 1.54)."""
    (phutho,) = [r for r in plan("phutho").reported if r.years == (2025, 2025)]
    assert (phutho.percent, phutho.units, phutho.of) == (Decimal(154), 3588, "qd444-2025")
    assert phutho.derived and "154" in phutho.derived
    (sonla,) = [r for r in plan("sonla").reported if r.years == (2025, 2025) and not r.partial]
    assert (sonla.percent, sonla.units) == (Decimal(204), None)  # §2 14: no unit count, no target number
    (langson,) = [r for r in plan("langson").reported if r.outcome]
    assert langson.outcome == "missed" and langson.units is None  # §2 20: failed; final count not found


def test_year_to_date_counts_and_projections_are_not_results() -> None:
    national = plan("vietnam")
    partial = sorted((r.as_of, r.units) for r in national.reported if r.partial)  # §1: 9 months, 2nd and 3rd meetings
    assert partial == [("2025-09", 43681), ("2025-10", 61800), ("2025-10-11", 50687), ("2026-02-26", 544)]
    expected = [(e.units, e.percent) for e in plan("quangninh").expected]  # §2 22: expected 2,288 (104%)
    assert expected == [(2288, Decimal(104))]


def test_a_provincial_plan_is_a_goal() -> None:
    """§2 38 Thanh Hóa: Plan 105/KH-UBND, 5,249 in 2025 — a provincial plan, not the QĐ 444 row."""
    (goal,) = [t for t in plan("thanhhoa").targets if t.years == (2025, 2025)]
    assert (goal.kind.value, goal.units, goal.decision) == ("goal", 5249, "105/KH-UBND")


def test_every_figure_cites_an_outlet_or_document_never_a_file_here() -> None:
    repository_file = re.compile(r"(^|[\s/])(shared|data|docs|src|tests)/|\.(md|ya?ml|csv)$")
    for path in PLANS.glob("*.yaml"):
        p = plan(path.stem)
        for key, source in p.sources.items():
            assert not repository_file.search(source.document), (path.name, key)
            assert (
                source.date
                or source.published
                or source.file
                or key
                in {
                    "ld-1479125",  # §3 Hải Dương: LD 1479125, no date in the reference
                    "ld-1581456",  # §2 14 Sơn La: no date given
                    "xe-260365",  # §3 Bình Dương: xe.today/?p=260365, no date
                    "xe-252352",  # national-figures.md, Hải Phòng QĐ 338: no date
                    "kinhtenet-nha-dat",  # §2 22 Quảng Ninh: date "?"
                    "conference",  # Điện Biên's seed article (dated in its document)
                    "kh137",  # Bắc Giang's plan, read in a dated article (its notes)
                    "backan-letter",  # the seed letter, undated (its notes)
                }
            ), (path.name, key)


def test_the_plans_validate_without_errors() -> None:
    """With the checks of what import writes (NX111–NX114 errors, NX314–NX318 warnings) among them."""
    report = validate_paths([PLANS])
    assert report.errors == 0
    assert "NX318" in {f.code for f in report.findings}  # Đà Nẵng's 108% against 109% and 109–111%


def test_importing_the_reference_again_changes_nothing(tmp_path: Path) -> None:
    shutil.copytree(PLANS, tmp_path / "plans")
    again = import_figures(FIGURES, tmp_path / "plans")
    assert again.diff() == "" and again.refused == [] and {c.status for c in again.changes} == {"unchanged"}
    assert len(again.changes) == 200
