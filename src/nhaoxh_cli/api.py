"""The Python API: every command of `nhaoxh` as a function returning a typed result.

The command line is a thin skin over these functions (options in, one call,
a renderer, exit code out), so a script gets exactly what the CLI shows:

    import datetime as dt
    from nhaoxh_cli import api

    result = api.forecast("Hải Phòng", as_of=dt.date(2026, 11, 26))
    for territory in result.territories:          # today's unit first, then the former units
        for a in territory.assessments:           # one answer per target
            print(territory.territory, a.target.id, a.status.value, a.basis.value, a.value, a.target.units)

    country = api.report(as_of=dt.date(2026, 11, 26))
    print(country.headline.result_2025.value)     # the country's 2025 result

A date (`as_of`, `date`) is a `datetime.date` or ISO text, "2026-11-26"; text that is not a
date raises `UsageError` ("bad_date", or "no_such_day" for 2026-02-30).
Every function reads plans as `nhaoxh` does (same safety checks and limits).
A plan with errors raises `InvalidPlan` (with `.findings`); a problem with
what was asked (an unknown province, a missing path) raises `UsageError`
(with `.code` and `.params`). docs/api.md documents each function with an
example that tests/test_api_docs.py runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .checked import InvalidPlan, checked_plans, forecastable, kept
from .dates import parse_date
from .errors import UsageError
from .loader.catalog import Catalog, UnknownProvince, locate_plans_dir, shown_folder, shown_path
from .loader.limits import DEFAULT_LIMITS, Limits
from .loader.plans import LoadResult, load_plan_file, plan_files
from .model import Plan
from .progress import Progress, counted
from .results.common import Note, NoteCode
from .validation import MissingPath, ValidationReport, validate_paths
from .values import frozen

if TYPE_CHECKING:  # the result types load with the function that makes them
    from .extract import Extraction
    from .importer import ImportResult
    from .results.catalogue import ExplainResult, PlansResult, ProvincesResult, ShowResult
    from .results.forecast import ForecastResult
    from .results.report import ReportResult

__all__ = [
    "InvalidPlan",
    "UsageError",
    "explain",
    "extract",
    "find",
    "find_plan",
    "forecast",
    "import_figures",
    "json_schema",
    "load_plan",
    "new_plan",
    "plans",
    "plans_folder",
    "provinces",
    "report",
    "show",
    "validate",
]


@frozen
class Found:
    """The plan a name leads to, checked, and a note when the name was a former unit's."""

    plan: Plan
    file: str
    findings: list[Any]
    note: Note | None


def plans_folder(plans_dir: str | Path | None = None) -> Path:
    """The plans folder: `plans_dir`, else $NHAOXH_PLANS_DIR, else ./data/plans, else the plans
    shipped with nhaoxh (SPEC.md); a folder that does not exist is a UsageError. Relative to the
    current folder when it is below it ("data/plans"), so that the files found there are named so.

    Example:

        >>> plans_folder().name
        'plans'
    """
    location = locate_plans_dir(Path(plans_dir) if plans_dir is not None else None)
    if not location.path.is_dir():
        code = "plans_folder_is_file" if location.path.exists() else "plans_folder_missing"
        raise UsageError(code, folder=str(location.path), how=location.how)
    return shown_folder(location.path)


def _found(result: LoadResult, note: Note | None, folder: Path | None = None) -> Found:
    """The checked plan, its file and findings named by `shown_path` (below the current folder, or
    within `folder`): results never carry a local absolute path."""
    found = forecastable(result)
    assert found.plan is not None
    findings = [replace(f, file=shown_path(f.file, folder)) if f.file else f for f in found.findings]
    return Found(found.plan, shown_path(found.file, folder), findings, note)


def find(name: str, plans_dir: str | Path | None = None, limits: Limits = DEFAULT_LIMITS) -> Found:
    """The plan a name means — a slug, alias, code or name, or a former unit's (which leads to
    the unit it merged into, with a note) — checked; raises UsageError or InvalidPlan.

    Example (Hải Dương merged into Hải Phòng on 01/07/2025):

        >>> found = find("Hải Dương")
        >>> found.plan.province.slug, found.note.code.value, found.note.params["unit"]
        ('haiphong', 'merged_into', 'Hải Phòng')
    """
    folder = plans_folder(plans_dir)
    try:
        resolution = Catalog(folder, limits).find(name)
    except UnknownProvince as unknown:
        _in_shipped_plans(name, folder, plans_dir, limits)
        if unknown.unit:
            from .loader.registry import default_registry

            known = default_registry().lookup(unknown.unit)
            slug = known[0].slug if known else None
            raise UsageError("no_plan_yet", unit=unknown.unit, slug=slug, folder=str(folder)) from None
        raise UsageError(
            "unknown_province",
            query=name,
            folder=str(folder),
            suggestions=", ".join(unknown.suggestions) or None,
            known=", ".join(unknown.known) or None,
        ) from None
    note = None
    if resolution.former is not None and resolution.unit is not None:
        note = Note(
            NoteCode.MERGED_INTO,
            {
                "former": resolution.former,
                "unit": resolution.unit,
                "date": resolution.effective.isoformat() if resolution.effective else None,
            },
        )
    return _found(resolution.result, note, folder)


def _in_shipped_plans(name: str, folder: Path, plans_dir: str | Path | None, limits: Limits) -> None:
    """A name that misses in ./data/plans — found there only because it exists in the current folder,
    not because the person chose it — but that the plans shipped with nhaoxh have: a UsageError saying
    so and what to do, rather than "no plan" (a `nhaoxh new` outside a checkout makes such a folder)."""
    from .loader.catalog import packaged_plans_dir

    location = locate_plans_dir(Path(plans_dir) if plans_dir is not None else None)
    shipped = packaged_plans_dir()
    if location.how != "./data/plans" or not shipped.is_dir() or shipped.resolve() == folder.resolve():
        return
    try:
        found = Catalog(shipped, limits).find(name).result
    except UnknownProvince:
        return
    unit = found.plan.province.name if found.plan is not None else name
    raise UsageError("in_shipped_plans", unit=unit, folder=str(folder), shipped=str(shipped), file=found.file)


def find_plan(name: str, plans_dir: str | Path | None = None, limits: Limits = DEFAULT_LIMITS) -> Plan:
    """The plan a name means (see `find`).

    Example:

        >>> find_plan("31").province.name  # a unit's code works too
        'Hải Phòng'
    """
    return find(name, plans_dir, limits).plan


def load_plan(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Plan:
    """Read one plan file; raises InvalidPlan when it has errors (warnings are allowed).

    Example:

        >>> load_plan("data/plans/haiphong.yaml").sources["qd117"].document
        '117/QĐ-UBND'
    """
    return _found(load_plan_file(Path(path), limits), None).plan


def forecast(
    province: str | Path,
    *,
    as_of: dt.date | str | None = None,
    scenario: str | None = None,
    simulate: int = 0,
    seed: int = 1,
    calibrated: bool = False,
    plans_dir: str | Path | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ForecastResult:
    """One province's targets assessed as of `as_of` (a date, or text "YYYY-MM-DD" or "DD/MM/YYYY";
    default today), today's unit first, with the plan's projection; `scenario`, `calibrated` and
    `simulate` add alternative bases beside it.

    `province` is a name (see `find`) or a plan file's path. `calibrated` uses the plan's own
    snapshots, else the country's (the plan `vietnam` in the plans folder).

    Example (Hải Phòng on 26/11/2026: 13.147 completed in 2025 against QĐ 444's 10.694; the
    former city's decision QĐ 117 projected 15.540 for 2021–2025):

        >>> import datetime as dt
        >>> result = forecast("haiphong", as_of=dt.date(2026, 11, 26))
        >>> [t.territory for t in result.territories]
        ['haiphong', 'former:haiduong', 'former:haiphong']
        >>> a = next(a for a in result.territories[0].assessments if a.target.id == "hp-quota-2025")
        >>> a.status.value, a.basis.value, a.value, a.target.units, round(a.ratio, 4)
        ('met', 'reported', 13147, 10694, 1.2294)
        >>> result.territory("former:haiphong").periods[0].forecast_units
        15540
        >>> forecast("haiphong", as_of="2026-11-26") == result  # the date as ISO text
        True
    """
    from .engine.province import Options, forecast_province
    from .loader.registry import default_registry

    day = parse_date(as_of)
    path = Path(province)
    if isinstance(province, Path) or (str(province).endswith((".yaml", ".yml")) and path.is_file()):
        found = _found(load_plan_file(path, limits), None, path.parent)
    else:
        found = find(str(province), plans_dir, limits)
    if scenario is not None:
        from .engine.alternatives import UnknownScenario, scenario_of

        try:
            scenario_of(found.plan, scenario)
        except UnknownScenario as unknown:
            raise UsageError("unknown_scenario", name=scenario, known=", ".join(unknown.known)) from None
    if simulate < 0:
        raise UsageError("bad_runs", runs=simulate)
    calibration_plan = None
    if calibrated:
        calibration_plan = found.plan if found.plan.snapshots else _national(plans_dir, limits)
    options = Options(scenario=scenario, simulate=simulate, seed=seed, calibration_plan=calibration_plan)
    return forecast_province(
        found.plan,
        default_registry(),
        day or dt.date.today(),
        file=found.file,
        findings=found.findings,
        notes=[found.note] if found.note else [],
        options=options,
    )


def _national(plans_dir: str | Path | None, limits: Limits) -> Plan:
    try:
        return find("vietnam", plans_dir, limits).plan
    except (UsageError, InvalidPlan):
        raise UsageError("no_snapshots", folder=str(plans_folder(plans_dir))) from None


def report(
    provinces: list[str] | None = None,
    *,
    as_of: dt.date | str | None = None,
    plans_dir: str | Path | None = None,
    limits: Limits = DEFAULT_LIMITS,
    jobs: int | None = 1,
    progress: Progress | None = None,
) -> ReportResult:
    """The whole country as of `as_of` (a date, or text "YYYY-MM-DD" or "DD/MM/YYYY"; default today): a row for each of
    today's units (or only those named), the country's targets and the headline. Plans with errors
    are left out and listed in `left_out`.

    `progress(done, total)` is called after each plan file read.
    `jobs`: processes reading the plans — 1 (the default here) reads them in this process; None
    picks one per CPU for large folders, as the CLI does.

    Example (the country's 2025 result, reported in December 2025):

        >>> import datetime as dt
        >>> country = report(as_of=dt.date(2026, 11, 26))
        >>> len(country.units), country.headline.result_2025.value, country.headline.result_2025.target.units
        (34, 102633, 100275)
    """
    from .engine.country import build_report
    from .loader.registry import default_registry

    day = parse_date(as_of)
    folder = plans_folder(plans_dir)
    only = None
    if provinces:
        only = {find(name, folder, limits).plan.province.slug for name in provinces}
    valid: list[tuple[Plan, str]] = []
    invalid: list[str] = []
    total = len(plan_files(folder)) if progress is not None else 0
    for item in counted(kept(checked_plans(folder, limits, jobs)), total, progress):
        if item.valid and item.plan is not None:
            valid.append((item.plan, shown_path(item.file, folder)))
        else:
            invalid.append(shown_path(item.file, folder))
    return build_report(valid, invalid, default_registry(), day or dt.date.today(), only)


def invalid_plans(
    plans_dir: str | Path | None = None, limits: Limits = DEFAULT_LIMITS, jobs: int | None = 1
) -> list[Any]:
    """The checked plans of a folder that have errors (what `report` leaves out), with their findings.

    Example:

        >>> invalid_plans()
        []
    """
    return [p for p in checked_plans(plans_folder(plans_dir), limits, jobs) if not p.valid]


def validate(
    *paths: str | Path,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    jobs: int | None = 1,
    progress: Progress | None = None,
) -> ValidationReport:
    """Check plan files and folders (default: the plans folder); every problem of every file, as values.

    `jobs`: processes to spread the files over — 1 (the default here) checks them in this process;
    None picks one per CPU for large sets, as the CLI does. `progress(done, total)` is called after
    each file (the CLI draws a bar with it).

    Example:

        >>> checked = validate("data/plans/haiphong.yaml")
        >>> checked.errors, sorted({f.code for f in checked.findings})[:3]
        (0, ['NX301', 'NX302', 'NX303'])
    """
    targets = [Path(p) for p in paths] or [plans_folder()]
    try:
        return validate_paths(targets, strict=strict, limits=limits, jobs=jobs, progress=progress)
    except MissingPath as missing:
        raise UsageError("missing_path", path=str(missing).removesuffix(" does not exist")) from None


def provinces(*, former: bool = False, plans_dir: str | Path | None = None) -> ProvincesResult:
    """Today's 34 units (or, with `former`, the 63 before 01/07/2025) and the plan covering each.

    Example:

        >>> units = provinces().units
        >>> len(units), units[0].code, units[0].name
        (34, '01', 'Hà Nội')
    """
    from .engine.catalogue import provinces_result
    from .loader.registry import default_registry

    folder = plans_folder(plans_dir)
    planned: dict[str, str] = {}
    for result in Catalog(folder).each():
        if result.plan is not None:
            planned.setdefault(result.plan.province.slug, shown_path(result.file, folder))
    return provinces_result(default_registry(), planned, former)


def plans(plans_dir: str | Path | None = None, limits: Limits = DEFAULT_LIMITS) -> PlansResult:
    """Every plan of the folder: what it covers, what it lacks, whether it is valid.

    Example:

        >>> "haiphong" in {p.province.slug for p in plans().plans if p.province}
        True
    """
    from .engine.catalogue import plans_result
    from .loader.registry import default_registry

    folder = plans_folder(plans_dir)
    checked = [replace(item, file=shown_path(item.file, folder)) for item in checked_plans(folder, limits, 1)]
    return plans_result(str(folder), checked, default_registry())


def show(province: str, *, plans_dir: str | Path | None = None, limits: Limits = DEFAULT_LIMITS) -> ShowResult:
    """A plan's figures in plain words, by territory, each with its source.

    Example:

        >>> shown = show("haiphong")
        >>> [t.territory for t in shown.territories]
        ['haiphong', 'former:haiduong', 'former:haiphong']
    """
    from .engine.catalogue import show_result
    from .loader.registry import default_registry

    found = find(province, plans_dir, limits)
    return show_result(found.plan, found.file, default_registry())


def _territory_named(name: str, territories: list[str]) -> str | None:
    """The plan's territory a unit's name or slug means: a former unit's ("Hải Dương" → former:haiduong),
    else today's unit's."""
    from .loader.registry import FORMER, default_registry

    found = default_registry().lookup(name)
    if found is None:
        return None
    current, former = found
    for candidate in ([f"{FORMER}{former.slug}"] if former is not None else []) + [
        current.slug,
        f"{FORMER}{current.slug}",
    ]:
        if candidate in territories:
            return candidate
    return None


def explain(
    province: str,
    *,
    period: str | None = None,
    territory: str | None = None,
    as_of: dt.date | str | None = None,
    plans_dir: str | Path | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ExplainResult:
    """One period's projection step by step (which units, which share, which rule) and its targets,
    assessed as of `as_of` (a date, or text "YYYY-MM-DD" or "DD/MM/YYYY"; default today).

    Example (QĐ 117 §II.1.2: 1.080 + 4.017 + 5.764 + 4.194 + 485 = 15.540):

        >>> steps = explain("haiphong", period="2021-2025", as_of="2026-11-26")
        >>> [s.units for s in steps.steps], steps.projection
        ([1080, 4017, 5764, 4194, 485], 15540)
    """
    from .engine.catalogue import explain_result
    from .loader.registry import default_registry

    day = parse_date(as_of)
    plan = find(province, plans_dir, limits).plan
    chosen = territory or plan.default_territory
    if chosen not in plan.territories():
        chosen = _territory_named(chosen, plan.territories()) or chosen  # "Hải Dương", "haiduong"
    if chosen not in plan.territories():
        raise UsageError("unknown_territory", territory=chosen, territories=", ".join(plan.territories()))
    if not plan.periods:
        raise UsageError("no_periods", name=plan.province.name)
    # as the tool prints it (2021–2025, with an en dash) or as the plan writes it (2021-2025)
    period_id = (period or plan.periods[0].id).strip().replace("–", "-").replace("—", "-").replace(" ", "")
    if plan.period(period_id) is None:
        raise UsageError("unknown_period", period=period_id, periods=", ".join(p.id for p in plan.periods))
    return explain_result(plan, chosen, period_id, default_registry(), day or dt.date.today())


def new_plan(unit: str, *, plans_dir: str | Path | None = None) -> Path:
    """Write a commented template for one of today's units and return its path; never overwrites.

    The folder: `plans_dir`, else $NHAOXH_PLANS_DIR, else ./data/plans (created when missing) —
    never the plans shipped inside the package, which are read-only data.

    Example:

        >>> import tempfile
        >>> folder = tempfile.mkdtemp()
        >>> new_plan("Đà Nẵng", plans_dir=folder).name
        'danang.yaml'
    """
    from .files import create_new
    from .loader.registry import default_registry
    from .render.template import plan_template
    from .schemaref import schema_pointer

    registry = default_registry()
    found = registry.lookup(unit)
    if found is None:
        raise UsageError("unknown_unit", query=unit)
    current, former = found
    if former is not None and former.slug != current.slug:
        raise UsageError(
            "former_unit", former=former.name, unit=current.name, slug=current.slug, former_slug=former.slug
        )
    target = editable_folder(plans_dir) / f"{current.slug}.yaml"
    text = plan_template(current, registry, path=str(target), schema=schema_pointer(target.parent))
    try:
        create_new(target, text, make_parents=True)
    except FileExistsError:
        raise UsageError("plan_exists", path=str(target)) from None
    return target


def json_schema(view: str = "plan") -> dict[str, Any]:
    """The JSON Schema of the plan format (`plan`) or of a view's JSON output.

    Example:

        >>> json_schema("forecast")["properties"]["schema"]
        {'const': 'nhaoxh.forecast/2'}
    """
    if view == "plan":
        from .model import plan_json_schema

        return plan_json_schema()
    from .render.schemas import output_schema

    return output_schema(view)


def editable_folder(plans_dir: str | Path | None = None) -> Path:
    """The folder a command writes plans into: `plans_dir`, else $NHAOXH_PLANS_DIR, else
    ./data/plans — never the plans shipped inside the package, which are read-only data.

    Example:

        >>> str(editable_folder("my-plans"))
        'my-plans'
    """
    import os

    from .loader.catalog import ENV_PLANS_DIR

    if plans_dir is not None:
        return Path(plans_dir)
    return Path(os.environ.get(ENV_PLANS_DIR) or Path("data") / "plans")


def import_figures(
    file: str | Path, *, plans_dir: str | Path | None = None, write: bool = False, progress: Progress | None = None
) -> ImportResult:
    """Add the figures of an analyst's table (CSV or .xlsx, docs/import.md) to the plans.

    A dry run unless `write`: the result holds every row's change (added, conflict, unchanged,
    refused) and each plan's diff; with `write`, every plan is written whole, and nothing at all
    when a resulting plan would have errors (`blocked`). A refused row is left out and the others
    are written; `exit_code` is 1 for either, in a dry run as in a write. A table that cannot be
    read is a UsageError.

    Example (a dry run: nothing is written):

        >>> import pathlib, tempfile
        >>> table = pathlib.Path(tempfile.mkdtemp()) / "figures.csv"
        >>> _ = table.write_text("unit,kind,years,units,percent,source,date,note\\n"
        ...                      "Hà Nội,quota,2025,4.670,,Lao Động,2025-12-18,\\n", encoding="utf-8")
        >>> [c.status for c in import_figures(table).changes]
        ['unchanged']
    """
    from .importer import ImportFileError
    from .importer import import_figures as run_import
    from .loader.catalog import locate_plans_dir, packaged_plans_dir

    # compared with the plans every other command reads: with no folder of one's own, the shipped ones —
    # which are read-only data, so writing into them is refused (a new ./data/plans would hide the others)
    location = locate_plans_dir(Path(plans_dir) if plans_dir is not None else None)
    shipped = location.path == packaged_plans_dir()
    if shipped and write:
        raise UsageError("import_into_shipped", shipped=str(packaged_plans_dir()))
    folder = location.path if shipped else editable_folder(plans_dir)
    try:
        result = run_import(file, folder, write=write)
    except ImportFileError as error:
        raise UsageError("worded", template=error.template, **{k: str(v) for k, v in error.params.items()}) from None
    # the plans named as every result names them (below the current folder, else within the plans folder)
    result.files = [replace(f, path=Path(shown_path(str(f.path), folder))) for f in result.files]
    result.changes = [replace(c, plan=shown_path(c.plan, folder)) if c.plan else c for c in result.changes]
    return result


def extract(
    file: str | Path,
    *,
    province: str | None = None,
    date: dt.date | str | None = None,
    progress: Progress | None = None,
    folder: str | Path | None = None,
) -> Extraction:
    """Draft a plan from a document (.txt, .md, .html, .docx, .pdf with text): every figure it can
    place with its kind, years, unit, line and quote; the figures it saw but could not place, each
    with the reason; what to check and what to fill; the draft as YAML text. Nothing is written.
    `date` (a date, or text "YYYY-MM-DD" or "DD/MM/YYYY") is the document's, when its text does not give it. `folder` is
    where the draft will be written: its first line points an editor at the plan schema found from
    there (in a checkout), or says how to make one.

    Example (QĐ 117/QĐ-UBND of Hải Phòng: its draft forecasts the decision's 15.540 for 2021–2025):

        >>> drafted = extract("../shared/seeds/haiphong-qd117-2024-action-programme.txt", province="haiphong")
        >>> len(drafted.placed) >= 20, drafted.province.value
        (True, 'haiphong')
    """
    from .extract import ExtractError, extract_file
    from .extract.messages import MESSAGES

    day = parse_date(date)
    try:
        where = Path(folder) if folder is not None else None
        return extract_file(Path(file), province=province, date=day, progress=progress, folder=where)
    except ExtractError as error:
        raise UsageError("worded", template=MESSAGES[error.note.code], **dict(error.note.values)) from None
