"""`nhaoxh import` as a library: nhaoxh_cli.importer.import_figures (issue 15, item 2).

Fixtures in tests/importer/: a hand-written plan with comments, the same table as CSV (commas) and
as Vietnamese Excel writes it (a BOM and semicolons), and a table of rows that must be refused.
"""

from __future__ import annotations

import hashlib
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from nhaoxh_cli.domain import Qualifier
from nhaoxh_cli.importer import ImportFileError, import_figures
from nhaoxh_cli.importer.parse import Figure, Refusal, parse_row
from nhaoxh_cli.importer.rows import Row
from nhaoxh_cli.loader.plans import load_plan_file
from nhaoxh_cli.loader.registry import default_registry
from nhaoxh_cli.validation import validate_paths

from .conftest import Run

HERE = Path(__file__).parent / "importer"


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    shutil.copytree(HERE / "plans", folder)
    return folder


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_a_dry_run_changes_no_file_and_shows_the_diff(plans: Path) -> None:
    before = _snapshot(plans)
    result = import_figures(HERE / "figures.csv", plans)
    assert _snapshot(plans) == before and not result.written
    diff = result.diff()
    assert "+++ b/hanoi.yaml" in diff and "--- /dev/null" in diff and "+++ b/caobang.yaml" in diff
    assert [c.status for c in result.changes] == ["unchanged", "conflict", "added", "added", "added", "added"]


def test_a_different_figure_is_kept_beside_the_plans_and_reported(plans: Path) -> None:
    from nhaoxh_cli.i18n import language, set_language

    before = language()
    set_language("en")  # figures in messages are written in the language of the run
    try:
        result = import_figures(HERE / "figures.csv", plans, write=True)
    finally:
        set_language(before)
    assert result.written and not result.blocked
    conflict = result.conflicts[0]
    assert conflict.line == 4 and "4,700" in conflict.message and "4,670" in conflict.message
    plan = load_plan_file(plans / "hanoi.yaml").plan
    assert plan is not None
    quotas = [(t.units, t.alternative) for t in plan.targets if t.years == (2025, 2025)]
    assert quotas == [(4670, False), (4700, True)]  # the plan's figure stays the one used


def test_importing_twice_changes_nothing_the_second_time(plans: Path) -> None:
    import_figures(HERE / "figures.csv", plans, write=True)
    after_first = _snapshot(plans)
    again = import_figures(HERE / "figures.csv", plans, write=True)
    assert _snapshot(plans) == after_first and again.diff() == ""
    assert {c.status for c in again.changes} == {"unchanged"}


def test_comments_and_layout_survive(plans: Path) -> None:
    original = (plans / "hanoi.yaml").read_text(encoding="utf-8")
    result = import_figures(HERE / "figures.csv", plans, write=True)
    hanoi = next(f for f in result.files if f.path.name == "hanoi.yaml")
    removed = [line for line in hanoi.diff().splitlines() if line.startswith("-") and not line.startswith("---")]
    assert removed == []  # only lines added
    text = (plans / "hanoi.yaml").read_text(encoding="utf-8")
    for line in original.splitlines():
        assert line in text
    assert text.index("- Kept by hand.") > text.index("reported:")  # notes stay last


def test_rows_go_to_the_current_unit_and_former_units_to_their_territory(plans: Path) -> None:
    import_figures(HERE / "figures.csv", plans, write=True)
    haiphong = load_plan_file(plans / "haiphong.yaml").plan
    assert haiphong is not None and haiphong.province.code == "31"
    hd = next(t for t in haiphong.targets if t.units == 15900)
    assert haiphong.territory_of(hd) == "former:haiduong" and hd.years == (2021, 2030)
    (result,) = haiphong.reported  # "31": the current code of Hải Phòng
    assert (result.units, result.percent, haiphong.territory_of(result)) == (13147, Decimal(123), "haiphong")
    caobang = load_plan_file(plans / "caobang.yaml").plan
    assert caobang is not None and caobang.targets[0].not_assigned and caobang.targets[0].units is None


def test_sources_are_the_outlets_with_their_dates(plans: Path) -> None:
    import_figures(HERE / "figures.csv", plans, write=True)
    plan = load_plan_file(plans / "hanoi.yaml").plan
    assert plan is not None
    assert plan.sources["ld-1637562"].document == "Lao Động, news.laodong.vn/…-1637562.ldo"
    assert str(plan.sources["ld-1637562"].date) == "2025-12-18"
    assert plan.sources["example-123456"].date is not None
    result = plan.reported[0]
    assert result.of == "qd444-2025" and result.source.doc == "ld-1637562" and result.source.section is None


def test_the_plans_written_validate(plans: Path) -> None:
    import_figures(HERE / "figures.csv", plans, write=True)
    report = validate_paths([plans])
    assert report.errors == 0


def test_a_vietnamese_excel_csv_reads_the_same(plans: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    shutil.copytree(plans, other)
    comma = import_figures(HERE / "figures.csv", plans)
    excel = import_figures(HERE / "figures-excel.csv", other)
    assert [(c.line, c.status, c.shown()) for c in comma.changes] == [
        (c.line, c.status, c.shown()) for c in excel.changes
    ]
    assert [f.after for f in comma.files] == [f.after.replace("figures-excel.csv", "figures.csv") for f in excel.files]


def test_an_xlsx_with_the_same_header_reads_the_same(plans: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    import csv

    book = openpyxl.Workbook()
    sheet = book.active
    with (HERE / "figures.csv").open(encoding="utf-8") as handle:
        for cells in csv.reader(handle):
            sheet.append([int(c) if c.isdigit() and len(c) == 4 else c for c in cells])  # years as numbers
    book.save(tmp_path / "figures.xlsx")
    other = tmp_path / "other"
    shutil.copytree(plans, other)
    from_csv = import_figures(HERE / "figures.csv", plans)
    from_xlsx = import_figures(tmp_path / "figures.xlsx", other)
    assert [(c.status, c.shown()) for c in from_csv.changes] == [(c.status, c.shown()) for c in from_xlsx.changes]
    assert [f.after for f in from_csv.files] == [
        f.after.replace("figures.xlsx", "figures.csv") for f in from_xlsx.files
    ]


def test_bad_rows_are_refused_with_their_line_and_column(plans: Path) -> None:
    result = import_figures(HERE / "bad-rows.csv", plans, write=True)
    refused = {c.line: (c.column, c.message) for c in result.refused}
    assert sorted(refused) == list(range(2, 12))
    assert refused[2][0] == "unit" and "'Atlantis' is not a province" in refused[2][1]
    assert refused[3][0] == "kind" and "quota, goal, demand, reported, expected, note" in refused[3][1]
    assert refused[4][0] == "years"
    assert refused[5][0] == "units" and "'4.67' is not a whole number of units" in refused[5][1]
    assert refused[6][0] == "percent" and "lower bound with the qualifier at_least" in refused[6][1]
    assert refused[7][0] == "units" and "needs units, a percent or an outcome" in refused[7][1]
    assert refused[8][0] == "source" and "is a file" in refused[8][1]
    assert refused[9][0] == "date"
    assert refused[10][0] == "kind" and "105/KH-UBND is a provincial document" in refused[10][1]
    assert refused[11][0] == "unit" and "Did you mean 'bacninh'?" in refused[11][1]
    assert result.changes[0].location == f"{HERE / 'bad-rows.csv'}:2 [unit]"
    assert result.files == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"unit,kind,years\nHa Noi,quota,2025\n", "the header lacks units, percent, source, date, note"),
        (b"unit,kind,years,units,percent,source,date,note,colour\n", "unknown column 'colour'"),
        (
            "unit,kind,years,units,percent,source,date,note\nĐà Lạt".encode("latin-1", "replace") + b"\xe0",
            "is not UTF-8",
        ),
        (b"", "the file is empty"),
    ],
)
def test_an_unreadable_table_is_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    table = tmp_path / "t.csv"
    table.write_bytes(content)
    with pytest.raises(ImportFileError) as error:
        import_figures(table, tmp_path)
    assert message in str(error.value) and str(table) in str(error.value)


def test_nothing_is_written_when_a_resulting_plan_would_not_load(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nhaoxh_cli.importer import planedit

    real = planedit.PlanEdit.new_text

    def broken_for_caobang(self: planedit.PlanEdit) -> str:
        text = real(self)
        return text + "targets: twice\n" if self.slug == "caobang" else text

    monkeypatch.setattr(planedit.PlanEdit, "new_text", broken_for_caobang)
    before = _snapshot(plans)
    result = import_figures(HERE / "figures.csv", plans, write=True)
    assert not result.written and result.blocked and result.blocked[0].code == "NX004"
    assert _snapshot(plans) == before  # not even the files that would have loaded


def test_a_plan_that_cannot_be_written_is_reported(plans: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed write raises OutputError (the CLI says which file and why, exit 1) and leaves every
    plan as it was: all are written or none (files.write_all)."""
    from nhaoxh_cli import files

    before = {p.name: p.read_text(encoding="utf-8") for p in plans.iterdir()}

    def refused(path: Path, text: str | bytes) -> None:
        raise files.OutputError.system(path, OSError(30, "Read-only file system"))

    monkeypatch.setattr(files, "write_atomic", refused)
    with pytest.raises(files.OutputError) as failed:
        import_figures(HERE / "figures.csv", plans, write=True)
    assert failed.value.params["errno"] == "EROFS" and not failed.value.usage
    assert {p.name: p.read_text(encoding="utf-8") for p in plans.iterdir()} == before


def _row(**cells: str) -> Row:
    base = {"unit": "Hà Nội", "kind": "quota", "years": "2025", "source": "Example Daily, example.vn/1", "date": ""}
    return Row(2, {**base, **cells})


@pytest.mark.parametrize(
    ("text", "units", "qualifier"),
    [
        ("4.670", 4670, Qualifier.EXACT),
        ("4,670", 4670, Qualifier.EXACT),
        ("4670", 4670, Qualifier.EXACT),
        (">4.200", 4200, Qualifier.ABOVE),
        ("khoảng 19.000", 19000, Qualifier.ABOUT),
        ("~19000", 19000, Qualifier.ABOUT),
        ("gần 20.000", 20000, Qualifier.UNDER),
        ("trên 1.000.000", 1000000, Qualifier.ABOVE),
        ("at least 100", 100, Qualifier.AT_LEAST),
    ],
)
def test_units_as_analysts_type_them(text: str, units: int, qualifier: Qualifier) -> None:
    figure = parse_row(_row(units=text), default_registry())
    assert isinstance(figure, Figure) and (figure.units, figure.qualifier) == (units, qualifier)


@pytest.mark.parametrize(
    ("text", "percent"), [("154", "154"), ("154%", "154"), ("102,4", "102.4"), ("102.4 %", "102.4")]
)
def test_percentages_as_analysts_type_them(text: str, percent: str) -> None:
    figure = parse_row(_row(kind="reported", percent=text), default_registry())
    assert isinstance(figure, Figure) and figure.percent == Decimal(percent)


def test_none_is_a_target_not_assigned_and_only_a_target() -> None:
    figure = parse_row(_row(units="none"), default_registry())
    assert isinstance(figure, Figure) and figure.not_assigned and figure.units is None
    refused = parse_row(_row(kind="reported", units="none"), default_registry())
    assert isinstance(refused, Refusal) and refused.column == "units"


def test_changes_are_shown_in_vietnamese(plans: Path) -> None:
    from nhaoxh_cli.i18n import language, set_language

    result = import_figures(HERE / "bad-rows.csv", plans)
    before = language()
    set_language("vi")
    try:
        shown = result.refused[0].shown()
    finally:
        set_language(before)
    assert shown == "'Atlantis' không phải là tỉnh, thành phố hay mã số nào."
    assert result.refused[0].message == "'Atlantis' is not a province, city or code."


def test_the_same_figure_with_less_said_is_already_there(tmp_path: Path) -> None:
    """Hải Phòng 2025: 13.147 completed, 123 % (Lao Động, data/plans/haiphong.yaml); the same row without
    its percentage adds nothing — a different count is kept as an alternative."""
    plans = tmp_path / "plans"
    shutil.copytree(Path(__file__).parent.parent / "data" / "plans", plans)
    table = tmp_path / "f.csv"
    table.write_text(
        "unit,kind,years,units,percent,source,date,note\n"
        'Hải Phòng,reported,2025,13.147,,"Lao Động, news.laodong.vn/…-1637562.ldo",2025-12-18,\n'
        'Hải Phòng,reported,2025,13.200,,"Báo Thử, example.vn/1",2026-01-01,\n',
        encoding="utf-8",
    )
    result = import_figures(table, plans)
    assert [c.status for c in result.changes] == ["unchanged", "conflict"]


def test_a_former_units_result_without_a_target_is_seen_in_the_forecast(run: Run, tmp_path: Path) -> None:
    """A result imported for Hà Giang (merged into Tuyên Quang, which has no Hà Giang target) used to go
    unseen in `forecast`: its territory had no assessment to show."""
    plans = tmp_path / "plans"
    shutil.copytree(Path(__file__).parent.parent / "data" / "plans", plans)
    table = tmp_path / "f.csv"
    table.write_text(
        "unit,kind,years,units,percent,source,date,note\n"
        'Hà Giang,reported,2025,120,,"Báo Thử, example.vn/1",2026-01-01,\n',
        encoding="utf-8",
    )
    import_figures(table, plans, write=True)
    code, out, _ = run("forecast", "Hà Giang", "--plans-dir", str(plans), "--as-of", "2026-11-26")
    assert code == 0
    assert "Hà Giang (before the 2025 merger): no target of its own in the plan; reported completed: 120 in 2025" in out


def test_with_no_plans_folder_of_ones_own_the_shipped_plans_are_compared_and_never_hidden(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new user's trial (01/12/2026): from a folder without ./data/plans, the dry run compared the table
    with an empty folder (a figure the shipped plans hold showed as "added"), and --write created a
    ./data/plans of four stubs that then hid the 35 shipped plans from forecast and report."""
    monkeypatch.chdir(tmp_path)
    table = tmp_path / "f.csv"
    table.write_text(  # Hà Nội's 2025 quota as the shipped plan holds it (Lao Động, 18/12/2025)
        "unit,kind,years,units,percent,source,date,note\nHà Nội,quota,2025,4.670,,Lao Động,2025-12-18,\n",
        encoding="utf-8",
    )
    code, out, _ = run("import", str(table))
    assert code == 0 and "1 already in the plans" in out
    code, _, err = run("import", str(table), "--write")
    assert code == 2 and "plans shipped with nhaoxh are read-only" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.csv"]  # nothing written, no ./data/plans
