"""`nhaoxh`: options in, exit code out.

Each command turns its options into a call of the library and writes what a
renderer returns. Problems a user can cause become one-paragraph messages and
an exit code from SPEC.md; anything else is a bug and says how to report it.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from .. import __version__
from ..domain import ExitCode
from ..loader.limits import DEFAULT_LIMITS, MIB, Limits
from ..render import ForecastFormat, RenderOptions, ReportFormat, ValidateFormat

if TYPE_CHECKING:  # imported where used, so that start-up loads only what a command needs
    from ..loader.catalog import PlansLocation, Resolution, UnknownProvince
    from ..results import PlanForecast

ISSUES_URL = "https://github.com/nhaoxh/nhaoxh/issues"

app = typer.Typer(
    name="nhaoxh",
    help="Progress calculator for Vietnam's social housing programme (nhà ở xã hội).",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


_state = {"debug": False}  # set by --debug for this run


class UsageProblem(Exception):
    """Bad input from the person running the command: exit 2."""


def _version(value: bool) -> None:
    if value:
        print(f"nhaoxh {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks (also NHAOXH_DEBUG=1), for bug reports.")
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="vi or en (also NHAOXH_LANG; default: Vietnamese in a vi_* locale). "
            "`--format csv --lang vi` writes CSV for spreadsheets: semicolons, decimal commas, UTF-8 "
            "with a BOM so Excel shows Vietnamese text.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Forecast provincial social housing plans and compare them with their targets."""
    from ..i18n import LANGUAGES, set_language

    if lang is not None:
        if lang not in LANGUAGES:
            raise UsageProblem(f"--lang {lang}: use vi or en")
        set_language(lang, chosen=True)
    _state["debug"] = debug or _state["debug"]


PlansDir = Annotated[
    Path | None,
    typer.Option(
        "--plans-dir",
        help="Folder of plan files (default: $NHAOXH_PLANS_DIR, ./data/plans, else the plans shipped with nhaoxh).",
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE (whole or not at all) instead of standard output.",
        show_default=False,
    ),
]
NoColor = Annotated[bool, typer.Option("--no-color", help="No colours (also NO_COLOR=1).")]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Read the plan files in this many processes (default: one per CPU, for 100 files or more each).",
        show_default=False,
    ),
]
MaxFileSize = Annotated[
    int, typer.Option("--max-file-size", min=1, help="Refuse plan files larger than this many MiB.")
]
MaxValues = Annotated[int, typer.Option("--max-values", min=1, help="Refuse plan files holding more values than this.")]


def _limits(max_file_size: int, max_values: int) -> Limits:
    return Limits(max_bytes=max_file_size * MIB, max_values=max_values)


def _render_options(output: Path | None, no_color: bool) -> RenderOptions:
    import shutil

    color = output is None and not no_color and not os.environ.get("NO_COLOR") and sys.stdout.isatty()
    # the terminal's width, or $COLUMNS; 100 when writing a file or a pipe without $COLUMNS
    width = shutil.get_terminal_size(fallback=(100, 24)).columns if output is None else 100
    return RenderOptions(color=color, width=max(40, width))


@app.command()
def forecast(
    province: Annotated[
        str,
        typer.Argument(
            help='Slug, alias or name, e.g. haiphong, hai-phong, "Hải Phòng".',
            autocompletion=lambda incomplete: _complete_province(incomplete),
        ),
    ],
    format: Annotated[
        ForecastFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = ForecastFormat.TABLE,
    output: Output = None,
    plans_dir: PlansDir = None,
    no_color: NoColor = False,
    max_file_size: MaxFileSize = DEFAULT_LIMITS.max_bytes // MIB,
    max_values: MaxValues = DEFAULT_LIMITS.max_values,
    by: Annotated[str, typer.Option("--by", help="period (default) or year: phase each period into years.")] = "period",
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Date for progress against each target (YYYY-MM-DD; default today).")
    ] = None,
    scenario: Annotated[
        str | None, typer.Option("--scenario", help="A scenario of the plan, or delayed / pessimistic.")
    ] = None,
    simulate: Annotated[int, typer.Option("--simulate", min=0, max=1_000_000, help="Monte Carlo runs.")] = 0,
    seed: Annotated[int, typer.Option("--seed", help="Seed of --simulate: same seed, same result.")] = 1,
    calibrated: Annotated[
        bool, typer.Option("--calibrated", help="Also forecast with the conversion rates of the pipeline snapshots.")
    ] = False,
) -> None:
    """Forecast one province's units per period and compare them with every target."""
    from ..render import renderer

    location = _plans_location(plans_dir)
    result = _valid_plan(province, plans_dir, _limits(max_file_size, max_values))
    if by not in ("period", "year"):
        raise UsageProblem(f"--by {by}: use period or year")
    if by == "year" or as_of or scenario or simulate or calibrated:
        result = _with_time(result, location.path, by == "year", as_of, scenario, simulate, seed, calibrated)
    _emit(_render(renderer(format), "render_forecast", result, _render_options(output, no_color)), output)


def _with_time(
    result: PlanForecast,
    folder: Path,
    by_year: bool,
    as_of: str | None,
    scenario: str | None,
    runs: int,
    seed: int,
    calibrated: bool,
) -> PlanForecast:
    import datetime as dt

    from ..loader.catalog import Catalog
    from ..results import UnknownScenario, forecast_result, with_time

    try:
        date = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    except ValueError:
        raise UsageProblem(f"--as-of {as_of}: write the date as YYYY-MM-DD") from None
    calibration_plan = None
    if calibrated:
        if result.plan.snapshots:
            calibration_plan = result.plan
        else:
            try:
                calibration_plan = forecast_result(Catalog(folder).resolve("vietnam")).plan
            except Exception:
                raise UsageProblem(
                    "--calibrated needs pipeline snapshots: this plan has none, and no valid "
                    f"national plan (vietnam) is in {folder}"
                ) from None
    try:
        return with_time(
            result,
            date,
            by_year=by_year,
            scenario=scenario,
            simulate_runs=runs,
            seed=seed,
            calibration_plan=calibration_plan,
        )
    except UnknownScenario as unknown:
        raise UsageProblem(str(unknown)) from None


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Plan files or folders (default: the plans folder).", show_default=False),
    ] = None,
    format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = ValidateFormat.TEXT,
    strict: Annotated[bool, typer.Option("--strict", help="Treat the source-consistency warnings as errors.")] = False,
    output: Output = None,
    plans_dir: PlansDir = None,
    no_color: NoColor = False,
    max_file_size: MaxFileSize = DEFAULT_LIMITS.max_bytes // MIB,
    max_values: MaxValues = DEFAULT_LIMITS.max_values,
    jobs: Jobs = None,
) -> None:
    """Check plan files: every problem in one run, each with file:line:column, a code and a hint.

    Exit 0 when there are no errors (warnings allowed), 1 with errors (or
    warnings under --strict), 2 when a path does not exist.
    """
    from ..render import renderer
    from ..validation import MissingPath, validate_paths

    targets = list(paths) if paths else [_plans_location(plans_dir).path]
    try:
        report = validate_paths(targets, strict=strict, limits=_limits(max_file_size, max_values), jobs=jobs)
    except MissingPath as missing:
        raise UsageProblem(str(missing)) from None
    _emit(renderer(format).render_validation(report, _render_options(output, no_color)), output)
    raise typer.Exit(report.exit_code)


@app.command()
def report(
    provinces: Annotated[
        list[str] | None, typer.Argument(help="Provinces to include (default: every plan).", show_default=False)
    ] = None,
    format: Annotated[
        ReportFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = ReportFormat.TABLE,
    output: Output = None,
    plans_dir: PlansDir = None,
    no_color: NoColor = False,
    max_file_size: MaxFileSize = DEFAULT_LIMITS.max_bytes // MIB,
    max_values: MaxValues = DEFAULT_LIMITS.max_values,
    jobs: Jobs = None,
) -> None:
    """The whole programme: every current province against its targets, and the country against its own.

    Plans with errors are left out (listed on stderr) and the exit code is 1.
    """
    from ..loader.catalog import Catalog
    from ..render import renderer
    from ..render.findings_text import render_findings
    from ..results import checked_plans, programme_report

    location = _plans_location(plans_dir)
    limits = _limits(max_file_size, max_values)
    catalog = Catalog(location.path, limits)
    from ..loader.catalog import UnknownProvince

    only = None
    if provinces:
        only = set()
        for name in provinces:
            try:
                found = catalog.find(name)
            except UnknownProvince as unknown:
                raise UsageProblem(_unknown_message(unknown, location.path)) from None
            _note_merger(found)
            if found.result.plan is not None:
                only.add(found.result.plan.province.slug)
    result = programme_report(checked_plans(location.path, limits, jobs), only)
    for invalid in result.invalid:
        sys.stderr.write(render_findings([f for f in invalid.findings if f.severity.value == "error"]))
        sys.stderr.write(f"error: {invalid.file} has errors and was left out of the report.\n")
    _emit(_render(renderer(format), "render_report", result, _render_options(output, no_color)), output)
    if result.invalid:
        raise typer.Exit(ExitCode.PROBLEMS)


@app.command()
def provinces(
    former: Annotated[bool, typer.Option("--former", help="List the 63 units before the 2025 merger.")] = False,
    format: Annotated[
        ForecastFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = ForecastFormat.TABLE,
    output: Output = None,
    plans_dir: PlansDir = None,
    no_color: NoColor = False,
) -> None:
    """List the provincial units (34 since 01/07/2025, or the 63 before) and which have a plan."""
    from ..loader.catalog import Catalog
    from ..loader.registry import default_registry
    from ..render.provinces import render

    planned = {r.plan.province.slug for r in Catalog(_plans_location(plans_dir).path).load_all() if r.plan}
    options = _render_options(output, no_color)
    _emit(render(default_registry(), planned, former, format.value, options), output)


@app.command()
def extract(
    file: Annotated[
        Path, typer.Argument(help="A decision, plan or news article: .txt, .md, .html, .docx or .pdf (with text).")
    ],
    province: Annotated[
        str | None, typer.Option("--province", "-p", help="The province the draft is for, when the text names several.")
    ] = None,
    date: Annotated[
        str | None, typer.Option("--date", help="The document's date (YYYY-MM-DD), when the text does not give it.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the draft plan here (folders are created).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
) -> None:
    """Draft a plan from a document: every figure placed with the line it came from.

    What the drafter saw but could not place (with the reason), and what a
    person must fill or check, are printed and written as comments at the top
    of the draft. Exit 1 when no figure could be placed (the draft is still written).
    """
    import datetime as dt

    from ..extract import ExtractError, extract_file, summary_lines

    try:
        when = dt.date.fromisoformat(date) if date else None
    except ValueError:
        raise UsageProblem(f"--date {date}: write the date as YYYY-MM-DD") from None
    if output is not None and output.exists() and not force:
        raise UsageProblem(f"{output} exists; use --force to overwrite it")
    try:
        extraction = extract_file(file, province=province, date=when)
    except ExtractError as error:
        raise UsageProblem(error.message) from None
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
    _emit(extraction.plan_yaml, output)
    sys.stderr.write("\n".join(summary_lines(extraction, output=str(output) if output else None)) + "\n")
    if not extraction.placed:
        raise typer.Exit(ExitCode.PROBLEMS)


@app.command()
def new(
    province: Annotated[str, typer.Argument(help="A province of today's 34 (slug or name).")],
    plans_dir: PlansDir = None,
) -> None:
    """Write a commented plan template for a province (fields explained in Vietnamese); never overwrites a plan."""
    from ..loader.catalog import locate_plans_dir
    from ..loader.registry import default_registry
    from ..render.template import plan_template
    from .output import write_atomic

    registry = default_registry()
    found = registry.lookup(province)
    if found is None:
        raise UsageProblem(f"no province '{province}' (see `nhaoxh provinces`)")
    unit, former = found
    if former is not None and former.slug != unit.slug:
        raise UsageProblem(
            f"{former.name} merged into {unit.name} on 01/07/2025; plans are written for today's "
            f"units: `nhaoxh new {unit.slug}` (figures of {former.name} use territory "
            f"former:{former.slug})"
        )
    folder = plans_dir or locate_plans_dir(None).path
    target = folder / f"{unit.slug}.yaml"
    if target.exists():
        raise UsageProblem(f"{target} exists; nhaoxh new never overwrites a plan")
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(target, plan_template(unit, registry))
    sys.stderr.write(f"wrote {target}: fill it from the province's documents, then `nhaoxh validate {target}`.\n")


TextOrJson = Annotated[str, typer.Option("--format", "-f", help="text (for people) or json (for scripts).")]


@app.command()
def show(
    province: Annotated[str, typer.Argument(help="Slug, alias or name.")],
    plans_dir: PlansDir = None,
    output: Output = None,
    format: TextOrJson = "text",
) -> None:
    """Print a plan's contents in plain words, with every figure's source."""
    from ..render.plain import show as show_plan
    from ..render.plain import show_json

    plan = _valid_plan(province, plans_dir).plan
    _emit(show_json(plan) if _text_or_json(format) == "json" else show_plan(plan), output)


def _text_or_json(format: str) -> str:
    if format not in ("text", "json"):
        raise UsageProblem(f"--format {format}: use text or json")
    return format


@app.command()
def explain(
    province: Annotated[str, typer.Argument(help="Slug, alias or name.")],
    period: Annotated[str | None, typer.Option("--period", help="A period id (default: the first).")] = None,
    territory: Annotated[str | None, typer.Option("--territory", help="A territory of the plan.")] = None,
    plans_dir: PlansDir = None,
    output: Output = None,
    format: TextOrJson = "text",
) -> None:
    """Walk through one period's forecast line by line: which units, which share, which rule."""
    from ..render.plain import explain as explain_period
    from ..render.plain import explain_json

    plan = _valid_plan(province, plans_dir).plan
    chosen = territory or plan.default_territory
    if chosen not in plan.territories():
        raise UsageProblem(f"--territory {chosen}: the plan covers {', '.join(plan.territories())}")
    if not plan.periods:
        raise UsageProblem(f"{plan.province.name}'s plan has no periods, so no forecast to explain")
    period_id = period or plan.periods[0].id
    if plan.period(period_id) is None:
        raise UsageProblem(f"--period {period_id}: the plan's periods are {', '.join(p.id for p in plan.periods)}")
    render = explain_json if _text_or_json(format) == "json" else explain_period
    _emit(render(plan, chosen, period_id), output)


@app.command(name="list")
def list_plans(
    format: Annotated[
        ForecastFormat, typer.Option("--format", "-f", case_sensitive=False, help="Output format.")
    ] = ForecastFormat.TABLE,
    plans_dir: PlansDir = None,
    output: Output = None,
    no_color: NoColor = False,
) -> None:
    """List the plans with what each covers (targets, pipeline, reports, last report) and what it is missing."""
    from ..loader.catalog import Catalog
    from ..render.plain import LIST_HEADER, list_rows
    from ..render.provinces import render_rows

    results = Catalog(_plans_location(plans_dir).path).load_all()
    _emit(
        render_rows("Plans", LIST_HEADER, list_rows(results), format.value, _render_options(output, no_color)), output
    )


def _valid_plan(province: str, plans_dir: Path | None, limits: Limits = DEFAULT_LIMITS) -> PlanForecast:
    """The plan a name leads to, forecast; a note when it is a former province's; exit 1 when invalid."""
    from ..loader.catalog import Catalog, UnknownProvince
    from ..render.findings_text import render_findings
    from ..results import InvalidPlan, forecast_result

    location = _plans_location(plans_dir)
    try:
        found = Catalog(location.path, limits).find(province)
    except UnknownProvince as unknown:
        raise UsageProblem(_unknown_message(unknown, location.path)) from None
    _note_merger(found)
    try:
        return forecast_result(found.result)
    except InvalidPlan as invalid:
        file = found.result.file
        sys.stderr.write(render_findings(invalid.findings))
        sys.stderr.write(f"error: {file} is not a valid plan; run `nhaoxh validate {file}`.\n")
        raise typer.Exit(ExitCode.PROBLEMS) from None


@app.command()
def schema(output: Output = None) -> None:
    """Print the plan format's JSON Schema, for editors with a YAML language server."""
    import json

    from ..model import plan_json_schema

    _emit(json.dumps(plan_json_schema(), ensure_ascii=False, indent=2) + "\n", output)


def _plans_location(plans_dir: Path | None) -> PlansLocation:
    from ..loader.catalog import locate_plans_dir

    location = locate_plans_dir(plans_dir)
    if not location.path.is_dir():
        raise UsageProblem(f"the plans folder {location.path} (from {location.how}) does not exist")
    return location


def _complete_province(incomplete: str) -> list[str]:
    """Shell completion: the slugs of the plans found, and of every provincial unit."""
    from ..loader.catalog import fold, locate_plans_dir
    from ..loader.plans import plan_files
    from ..loader.registry import default_registry

    try:
        slugs = {p.stem for p in plan_files(locate_plans_dir(None).path)}
    except OSError:
        slugs = set()
    slugs |= {u.slug for u in default_registry().current} | {u.slug for u in default_registry().former}
    wanted = fold(incomplete)
    return sorted(s for s in slugs if s.startswith(wanted))


def _note_merger(found: Resolution) -> None:
    from ..i18n import date, t

    if found.former is not None and found.unit is not None:
        note = t(
            "{former} merged into {unit} on {date} (Nghị quyết 202/2025/QH15): showing {unit}'s plan.",
            former=found.former,
            unit=found.unit,
            date=date(found.effective) if found.effective else "",
        )
        sys.stderr.write(t("note: {note}", note=note) + "\n")


def _unknown_message(unknown: UnknownProvince, folder: Path) -> str:
    from ..i18n import t

    if unknown.unit:
        return t(
            "{unit} has no plan in {folder} yet; write one with the fields of docs/plan-format.md.",
            unit=unknown.unit,
            folder=folder,
        )
    message = t("no plan for the province '{query}' in {folder}.", query=unknown.query, folder=folder)
    if unknown.suggestions:
        message += t(" Did you mean {names}?", names=" or ".join(f"'{s}'" for s in unknown.suggestions))
    elif unknown.known:
        message += t(" Plans there: {names}.", names=", ".join(unknown.known))
    return message


def _emit(text: str | bytes, output: Path | None) -> None:
    from .output import OutputError, emit

    try:
        emit(text, output)
    except OutputError as error:
        raise UsageProblem(str(error)) from None


def _render(module: object, name: str, *args: object) -> str | bytes:
    """Call a renderer; a missing optional extra (openpyxl for xlsx) is a usage error with the fix."""
    from ..render import MissingExtra

    try:
        return getattr(module, name)(*args)  # type: ignore[no-any-return]
    except MissingExtra as missing:
        raise UsageProblem(str(missing)) from None


def _fail(message: str, code: ExitCode) -> NoReturn:
    from ..i18n import t

    sys.stderr.write(t("error: {message}", message=message) + "\n")
    sys.exit(int(code))


def main(argv: list[str] | None = None) -> None:
    """The console script: run the app and turn every outcome into an exit code."""
    _state["debug"] = bool(os.environ.get("NHAOXH_DEBUG"))
    from ..i18n import default_language, set_language

    set_language(default_language(), chosen=os.environ.get("NHAOXH_LANG", "") in ("vi", "en"))
    try:
        # typer turns usage errors into exit 2 and typer.Exit into its code;
        # everything else comes here.
        app(args=argv, prog_name="nhaoxh")
    except UsageProblem as problem:
        _fail(str(problem), ExitCode.USAGE)
    except BrokenPipeError:
        sys.exit(int(ExitCode.OK))
    except KeyboardInterrupt:
        _fail("interrupted", ExitCode.USAGE)
    except Exception:
        if _state["debug"]:
            traceback.print_exc()
        _fail(
            f"internal error in nhaoxh {__version__}: this is a bug, not a problem with your input. "
            f"Please report it at {ISSUES_URL} with the command you ran and the output of the same "
            "command with --debug.",
            ExitCode.INTERNAL,
        )
    sys.exit(int(ExitCode.OK))
