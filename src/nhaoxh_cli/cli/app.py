"""`nhaoxh`: options in, one call of the library (nhaoxh_cli.api), a renderer, exit code out.

Nothing is computed here: each command turns its options into arguments, calls one API
function, asks the renderer registry for its format (render/__init__.py) and writes what it
returns. Problems a user can cause (nhaoxh_cli.errors.UsageError) become a one-line message
and exit 2; a plan with errors prints its findings and exits 1; anything else is a bug (exit 3)
and says how to report it.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..domain import ExitCode
from ..errors import UsageError
from ..i18n import N_, t
from ..loader.limits import DEFAULT_LIMITS, MIB, Limits
from ..render import REGISTRY, RenderOptions
from .globals import OPTIONS as GLOBAL
from .help import HelpCommand, HelpGroup
from .progress import bar

if TYPE_CHECKING:
    from ..checked import InvalidPlan

app = typer.Typer(
    name="nhaoxh",
    cls=HelpGroup,
    help=N_("Progress calculator for Vietnam's social housing programme (nhà ở xã hội)."),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _format_option(view: str) -> Any:
    return typer.Option(
        "--format",
        "-f",
        metavar="|".join(REGISTRY[view]),
        help=N_("Output format (default: text; with --output, the one its extension names: .json, .md, .html …)."),
        show_default=False,
    )


PlansDir = Annotated[
    Path | None,
    typer.Option(
        "--plans-dir",
        metavar="DIR",
        help=N_("Folder of plan files (default: $NHAOXH_PLANS_DIR, ./data/plans, else the plans shipped with nhaoxh)."),
        show_default=False,
    ),
]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE", help=N_("Write to FILE (whole or not at all)."), show_default=False),
]
AsOf = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="DATE",
        help=N_("Assess as of this date, DD/MM/YYYY or YYYY-MM-DD (default: today)."),
        show_default=False,
    ),
]
Jobs = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        help=N_("Read the plan files in N processes (default: one per CPU for 100 files or more each)."),
        show_default=False,
    ),
]
MaxFileSize = Annotated[
    int, typer.Option("--max-file-size", metavar="MIB", help=N_("Refuse plan files larger than this many MiB."))
]
MaxValues = Annotated[
    int, typer.Option("--max-values", metavar="N", help=N_("Refuse plan files holding more values than this."))
]


def _jobs(jobs: int | None) -> int | None:
    from ..i18n import number, t
    from ..parallel import JOBS_PER_CPU, job_cap

    if jobs is not None and jobs < 1:
        raise UsageError("bad_choice", option="--jobs", value=jobs, choices="1 or more")
    if jobs is not None and jobs > job_cap():
        note = t(
            "--jobs {jobs}: more than {per} processes per CPU only costs memory; using {cap}",
            jobs=number(jobs),
            per=JOBS_PER_CPU,
            cap=job_cap(),
        )
        sys.stderr.write(t("note: {note}", note=note) + "\n")
        return job_cap()
    return jobs


def _limits(max_file_size: int, max_values: int) -> Limits:
    return Limits(max_bytes=max_file_size * MIB, max_values=max_values)


def _date(text: str | None, option: str = "--as-of") -> dt.date | None:
    from ..dates import parse_date

    return parse_date(text, option)


def _options(output: Path | None, *, details: bool = False, by_year: bool = False) -> RenderOptions:
    """How to lay out text: coloured and fitted to a terminal; for a pipe or a file, fitted to
    $COLUMNS when set, else — standard output piped from a terminal (`| less`, `| head`) — to that
    terminal, else laid out at full width (cells are never cut: a script's or a CI log's reading)."""
    terminal = output is None and sys.stdout is not None and sys.stdout.isatty()
    color = terminal and not GLOBAL.no_color and not os.environ.get("NO_COLOR")
    width: int | None = None
    if terminal:
        import shutil

        width = max(40, shutil.get_terminal_size().columns)
    elif os.environ.get("COLUMNS", "").isdigit():
        width = max(40, int(os.environ["COLUMNS"]))
    elif output is None and sys.stderr is not None and sys.stderr.isatty():
        try:
            width = max(40, os.get_terminal_size(sys.stderr.fileno()).columns)
        except (OSError, ValueError):
            width = None
    return RenderOptions(color=color, width=width, details=details, by_year=by_year, terminal=terminal)


def _resolved_format(view: str, format: str | None, output: Path | None) -> str:
    """The format to write: the one asked for; without --format, the one `output`'s extension names
    (report.html is HTML), else text. An unknown format fails before anything is written."""
    from ..render import NOT_WRITTEN, chosen_format, format_of_file

    suffix = output.suffix.lower() if output is not None else ""
    named = format_of_file(suffix)
    if format is None and suffix in NOT_WRITTEN:  # text under a data file's name would pass for one
        raise UsageError("unknown_format", format=suffix.lstrip("."), view=view, formats=", ".join(REGISTRY[view]))
    chosen = chosen_format(view, format or named or "text")
    if format is not None and named is not None and named != chosen:
        _note(
            t(
                "writing {format} to {file}, as --format asks; its extension names {named}",
                format=chosen,
                file=str(output),
                named=named,
            )
        )
    return chosen


def _emit(
    view: str,
    format: str | None,
    result: Any,
    output: Path | None,
    options: RenderOptions,
    notes: list[Any] | None = None,
) -> None:
    """Render `result` in the format asked for (or its --output's extension names) and write it whole;
    `notes`, the result's own, go to stderr when that format has no place for them."""
    from ..render import BINARY, renderer
    from .output import emit

    format = _resolved_format(view, format, output)
    if notes:
        _print_notes(view, format, notes)
    if format in BINARY and output is None:
        raise UsageError("binary_to_stdout", format=format)
    render = renderer(view, format)
    emit(render(result, options), output)


def _note(text: str) -> None:
    from ..i18n import t

    sys.stderr.write(t("note: {note}", note=text) + "\n")


#: `--by` as people type it: plural, or in Vietnamese (with or without its marks).
_BY = {"periods": "period", "years": "year", "nam": "year", "giaidoan": "period"}


def _one_place(words: list[str], command: str) -> str:
    """The province as typed: words left out of quotes are one name (`nhaoxh forecast Hải Phòng`).
    Names of several provinces are not one: `report` takes several."""
    if len(words) > 1:
        from ..loader.registry import default_registry

        registry = default_registry()
        places = _places(words)
        if registry.lookup(" ".join(words)) is None and sum(1 for p in places if registry.lookup(p)) > 1:
            raise UsageError("one_province", command=f"nhaoxh {command}", names=" ".join(words))
    return " ".join(words)


def _places(words: list[str]) -> list[str]:
    """Provinces as typed, names of several words without quotes among them:
    `hà nội hải phòng` → ["hà nội", "hải phòng"]. The longest run of words that names a unit wins;
    a word that names none stays as typed (the report says it is unknown)."""
    from ..loader.registry import default_registry

    registry = default_registry()

    def known_end(start: int) -> int | None:
        """The end of the longest run of words from `start` that names a unit."""
        ends = range(min(len(words), start + 6), start, -1)
        return next((e for e in ends if registry.lookup(" ".join(words[start:e]))), None)

    places, start = [], 0
    while start < len(words):
        end = known_end(start)
        if end is None:  # words naming nothing go together up to the next name ("hanoi Hai Phongg")
            end = start + 1
            while end < len(words) and known_end(end) is None:
                end += 1
        places.append(" ".join(words[start:end]))
        start = end
    return places


@app.command(cls=HelpCommand)
def forecast(
    province: Annotated[
        list[str],
        typer.Argument(
            metavar="PROVINCE",
            help=N_('A slug, name, code or former name, e.g. haiphong, "Hải Phòng", 31, "Hải Dương".'),
            autocompletion=lambda incomplete: _complete_province(incomplete),
            show_default=False,
        ),
    ],
    format: Annotated[str | None, _format_option("forecast")] = None,
    output: Output = None,
    plans_dir: PlansDir = None,
    as_of: AsOf = None,
    by: Annotated[
        str, typer.Option("--by", metavar="period|year", help=N_("year: add the table of years."))
    ] = "period",
    details: Annotated[
        bool,
        typer.Option(
            "--details", help=N_("Add the projection by stage and period, the plan against the outcome, sources.")
        ),
    ] = False,
    scenario: Annotated[
        str | None,
        typer.Option(
            "--scenario",
            metavar="NAME",
            help=N_("Another basis: delayed, pessimistic, or one of the plan's."),
            show_default=False,
        ),
    ] = None,
    calibrated: Annotated[
        bool,
        typer.Option(
            "--calibrated", help=N_("Another basis: the conversion rates of the pipeline snapshots, with a band.")
        ),
    ] = False,
    simulate: Annotated[
        int, typer.Option("--simulate", metavar="N", help=N_("Monte Carlo runs around the plan's projection."))
    ] = 0,
    seed: Annotated[
        int, typer.Option("--seed", metavar="N", help=N_("Random seed of --simulate: same seed, same result."))
    ] = 1,
    max_file_size: MaxFileSize = DEFAULT_LIMITS.max_bytes // MIB,
    max_values: MaxValues = DEFAULT_LIMITS.max_values,
) -> None:
    """One province's targets as of a date: status, basis, delivered or expected against each target.

    Today's unit comes first, then the units it was made of before 01/07/2025. Options add
    detail; they never change a target's status.
    """
    from .. import api
    from ..loader.names import fold

    by = _BY.get(fold(by), fold(by))
    if by not in ("period", "year"):
        raise UsageError("bad_choice", option="--by", value=by, choices="period, year")
    result = api.forecast(
        _one_place(province, "forecast"),
        as_of=_date(as_of),
        scenario=scenario,
        simulate=simulate,
        seed=seed,
        calibrated=calibrated,
        plans_dir=plans_dir or GLOBAL.plans_dir,
        limits=_limits(max_file_size, max_values),
    )
    options = _options(output, details=details, by_year=by == "year")
    _emit("forecast", format, result, output, options, notes=result.notes)


def _print_notes(view: str, format: str, notes: list[Any]) -> None:
    """The result's notes on stderr, for a format whose output does not show them (CSV, xlsx): a
    note is said once — in the output when it has a place for it, else here."""
    from ..render import SHOWS_NOTES
    from ..render.notes import note

    if format in SHOWS_NOTES.get(view, set()):
        return
    for item in notes:
        _note(note(item))


@app.command(cls=HelpCommand)
def report(
    provinces: Annotated[
        list[str] | None,
        typer.Argument(metavar="[PROVINCE]...", help=N_("Units to show (default: all 34)."), show_default=False),
    ] = None,
    format: Annotated[str | None, _format_option("report")] = None,
    output: Output = None,
    plans_dir: PlansDir = None,
    as_of: AsOf = None,
    jobs: Jobs = None,
    max_file_size: MaxFileSize = DEFAULT_LIMITS.max_bytes // MIB,
    max_values: MaxValues = DEFAULT_LIMITS.max_values,
) -> None:
    """The whole country as of a date: every one of today's 34 units, the country's targets, the headline.

    Plans with errors are left out (listed on stderr) and the exit code is 1.
    """
    from .. import api

    with bar(t("reading the plans")) as progress:
        result = api.report(
            _places(provinces) if provinces else None,
            as_of=_date(as_of),
            plans_dir=plans_dir or GLOBAL.plans_dir,
            limits=_limits(max_file_size, max_values),
            jobs=_jobs(jobs),
            progress=progress,
        )
    left = [x for x in result.left_out if x.reason == "errors"]
    if left:
        from ..render.validate.text import findings_text

        for item in api.invalid_plans(plans_dir or GLOBAL.plans_dir, _limits(max_file_size, max_values), jobs):
            sys.stderr.write(findings_text([f for f in item.findings if f.severity.value == "error"]))
            _error_line(N_("{file} has errors and was left out of the report."), file=item.file)
    _emit("report", format, result, output, _options(output))
    if left:
        raise typer.Exit(ExitCode.PROBLEMS)


@app.command(cls=HelpCommand)
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[PATH]...", help=N_("Plan files or folders (default: the plans folder)."), show_default=False
        ),
    ] = None,
    format: Annotated[str | None, _format_option("validate")] = None,
    output: Output = None,
    plans_dir: PlansDir = None,
    jobs: Jobs = None,
    strict: Annotated[
        bool, typer.Option("--strict", help=N_("Count the source-consistency warnings as errors."))
    ] = False,
    max_file_size: MaxFileSize = DEFAULT_LIMITS.max_bytes // MIB,
    max_values: MaxValues = DEFAULT_LIMITS.max_values,
) -> None:
    """Check plan files: every problem in one run, each with file:line:column, a code and a hint.

    Exit 0 when there are no errors (warnings allowed), 1 with errors (or warnings under
    --strict), 2 when a path does not exist.
    """
    from .. import api

    targets = list(paths) if paths else [api.plans_folder(plans_dir or GLOBAL.plans_dir)]
    with bar(t("checking plan files")) as progress:
        result = api.validate(
            *targets, strict=strict, limits=_limits(max_file_size, max_values), jobs=_jobs(jobs), progress=progress
        )
    _emit("validate", format, result, output, _options(output))
    raise typer.Exit(result.exit_code)


@app.command(cls=HelpCommand)
def provinces(
    former: Annotated[bool, typer.Option("--former", help=N_("The 63 units before the 2025 merger."))] = False,
    format: Annotated[str | None, _format_option("provinces")] = None,
    output: Output = None,
    plans_dir: PlansDir = None,
) -> None:
    """The provincial units (34 since 01/07/2025, or the 63 before) and which have a plan."""
    from .. import api

    result = api.provinces(former=former, plans_dir=plans_dir or GLOBAL.plans_dir)
    _emit("provinces", format, result, output, _options(output))


@app.command(name="list", cls=HelpCommand)
def list_plans(
    format: Annotated[str | None, _format_option("plans")] = None,
    output: Output = None,
    plans_dir: PlansDir = None,
) -> None:
    """The plans and what each holds (targets, pipeline, reports, last report) and lacks."""
    from .. import api

    result = api.plans(plans_dir or GLOBAL.plans_dir)
    _emit("plans", format, result, output, _options(output))


@app.command(cls=HelpCommand)
def show(
    province: Annotated[
        list[str],
        typer.Argument(metavar="PROVINCE", help=N_("A slug, name, code or former name."), show_default=False),
    ],
    format: Annotated[str | None, _format_option("show")] = None,
    output: Output = None,
    plans_dir: PlansDir = None,
    details: Annotated[
        bool,
        typer.Option("--details", help=N_("Add the ids of figures, sources and territories after their words.")),
    ] = False,
) -> None:
    """A plan's figures in plain words, each with its document or outlet and date."""
    from .. import api

    result = api.show(_one_place(province, "show"), plans_dir=plans_dir or GLOBAL.plans_dir)
    _emit("show", format, result, output, _options(output, details=details))


@app.command(cls=HelpCommand)
def explain(
    province: Annotated[
        list[str],
        typer.Argument(metavar="PROVINCE", help=N_("A slug, name, code or former name."), show_default=False),
    ],
    format: Annotated[str | None, _format_option("explain")] = None,
    output: Output = None,
    plans_dir: PlansDir = None,
    as_of: AsOf = None,
    period: Annotated[
        str | None,
        typer.Option("--period", metavar="PERIOD", help=N_("A period id (default: the first)."), show_default=False),
    ] = None,
    territory: Annotated[
        str | None,
        typer.Option(
            "--territory",
            metavar="TERRITORY",
            help=N_('A territory of the plan, by its id or a unit\'s name ("Hải Dương"); default: its own.'),
            show_default=False,
        ),
    ] = None,
) -> None:
    """One period's projection line by line: which units, which share, which rule; then its targets."""
    from .. import api

    result = api.explain(
        _one_place(province, "explain"),
        period=period,
        territory=territory,
        as_of=_date(as_of),
        plans_dir=plans_dir or GLOBAL.plans_dir,
    )
    _emit("explain", format, result, output, _options(output))


@app.command(cls=HelpCommand)
def extract(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help=N_("A decision, plan or news article: .txt, .md, .html, .docx or .pdf (with a text layer)."),
            show_default=False,
        ),
    ],
    province: Annotated[
        str | None,
        typer.Option(
            "--province",
            "-p",
            metavar="PROVINCE",
            help=N_("The unit the draft is for, when the text names several."),
            show_default=False,
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help=N_("The document's date, DD/MM/YYYY or YYYY-MM-DD, when the text does not give it."),
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help=N_("Write the draft plan here (folders are created)."),
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=N_("Overwrite an existing output file."))] = False,
) -> None:
    """Draft a plan from a document: every figure placed with the line it came from.

    What the drafter saw but could not place (with the reason), and what a
    person must fill or check, are printed and written as comments at the top
    of the draft. When no figure could be placed there is no draft: nothing is
    written (nor printed), the reasons are on stderr, and the exit code is 1.
    """
    from .. import api
    from ..render.extract.text import summary_lines
    from .output import OutputError, emit

    if output is not None and (output.exists() or output.is_symlink()) and not force:
        raise UsageError("output_exists", path=str(output))
    if output is not None and output.suffix.lower() not in (".yaml", ".yml"):
        raise UsageError("draft_not_yaml", path=str(output))  # a draft is YAML, whatever the name says
    with bar(t("reading the document")) as progress:
        extraction = api.extract(
            file,
            province=province,
            date=_date(date, "--date"),
            progress=progress,
            folder=output.parent if output is not None else None,
        )
    if extraction.placed:  # nothing placed: no draft, so no file (an empty one would pass for a draft)
        if output is not None:
            try:
                output.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise OutputError.system(output, error, usage=True) from None
        emit(extraction.plan_yaml, output)
    sys.stderr.write("\n".join(summary_lines(extraction, output=str(output) if output else None)) + "\n")
    slug = extraction.province.value
    if output is not None and extraction.placed and slug and output.stem != slug:
        _note(t("validate wants a plan's file named after its slug (NX207): rename it {slug}.yaml", slug=slug))
    if not extraction.placed:
        raise typer.Exit(ExitCode.PROBLEMS)


@app.command(name="import", cls=HelpCommand)
def import_table(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE", help=N_("A table of figures: CSV or .xlsx (docs/import.md)."), show_default=False
        ),
    ],
    write: Annotated[
        bool, typer.Option("--write", help=N_("Apply the changes (default: a dry run that shows them)."))
    ] = False,
    format: Annotated[str | None, _format_option("import")] = None,
    output: Output = None,
    plans_dir: PlansDir = None,
) -> None:
    """Add the figures of a table to the plans: a dry run that shows the diff, --write to apply.

    Each row goes to its current unit's plan (former names and codes accepted) with its source;
    a figure never overwrites a different one (both are kept, and the conflict is reported).
    A refused row is reported and left out, and --write still writes the accepted rows; a plan
    that would have errors stops everything (nothing written). Either is exit 1, in a dry run as
    with --write.
    """
    from .. import api

    with bar(t("importing into the plans")) as progress:
        result = api.import_figures(file, plans_dir=plans_dir or GLOBAL.plans_dir, write=write, progress=progress)
    _emit("import", format, result, output, _options(output))
    if result.exit_code:
        raise typer.Exit(result.exit_code)


@app.command(cls=HelpCommand)
def new(
    province: Annotated[
        list[str],
        typer.Argument(
            metavar="PROVINCE", help=N_("One of today's 34 units (slug, name or code)."), show_default=False
        ),
    ],
    plans_dir: PlansDir = None,
) -> None:
    """Write a commented plan template for a unit (fields explained in Vietnamese); never overwrites a plan.

    The plan goes to --plans-dir, else $NHAOXH_PLANS_DIR, else ./data/plans (created when
    missing) — never into the installed package.
    """
    from .. import api
    from ..i18n import t
    from ..loader.catalog import ENV_PLANS_DIR

    chosen = plans_dir or GLOBAL.plans_dir
    folder = api.editable_folder(chosen)
    made = chosen is None and not os.environ.get(ENV_PLANS_DIR) and not folder.is_dir()
    written = api.new_plan(_one_place(province, "new"), plans_dir=chosen)
    sys.stderr.write(
        t("wrote {path}: fill it from the unit's documents, then `nhaoxh validate {path}`.", path=written) + "\n"
    )
    if made:  # ./data/plans now shadows the shipped plans in this folder: say so, and how to use it elsewhere
        _note(
            t(
                "{folder} did not exist: nhaoxh created it, and from now on, run in this folder, reads its plans "
                "there instead of the plans shipped with it; from elsewhere, give --plans-dir {folder}",
                folder=folder.absolute(),
            )
        )


@app.command(cls=HelpCommand)
def schema(
    view: Annotated[
        str,
        typer.Argument(
            metavar="[VIEW]",
            help=N_(
                "plan (the plan file format, default), or an output: "
                "forecast, report, validate, provinces, list, show, explain."
            ),
        ),
    ] = "plan",
    output: Output = None,
) -> None:
    """Print a JSON Schema: the plan format's (for editors with a YAML language server) or an output's."""
    import json

    from .. import api
    from .output import emit

    emit(json.dumps(api.json_schema(view), ensure_ascii=False, indent=2) + "\n", output)


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


def _error_line(template: str, **values: object) -> None:
    from ..i18n import t

    sys.stderr.write(t("error: {message}", message=t(template, **values)) + "\n")


def _invalid(invalid: InvalidPlan) -> None:
    from ..render.validate.text import findings_text

    sys.stderr.write(findings_text(invalid.findings))
    _error_line(N_("{file} is not a valid plan; run `nhaoxh validate {file}`."), file=invalid.file)


def command_line(args: list[str]) -> Any:
    """The click command that runs `args`: when they name a command, a group holding only that one
    (typer builds a pydantic validator for every option of every command it builds: building the
    other ten commands cost a third of a forecast's start-up); else the whole app, whose help and
    suggestions name every command."""
    import copy

    chosen = [c for c in app.registered_commands if args and _command_name(c) == args[0]]
    if not chosen or os.environ.get("_NHAOXH_COMPLETE"):  # shell completion walks the whole app
        return typer.main.get_command(app)
    single = copy.copy(app)
    single.registered_commands = chosen
    return typer.main.get_group(single)  # a group of one: `nhaoxh forecast …` parses as it always does


def _command_name(info: Any) -> str:
    return str(info.name or typer.main.get_command_name(info.callback.__name__))


def main(argv: list[str] | None = None) -> None:
    """The console script: run the app and turn every outcome into an exit code."""
    from ..checked import InvalidPlan
    from ..errors import WorkerFailed
    from ..files import OutputError
    from ..i18n import set_language
    from ..render.messages import message, output_message
    from .globals import parse_globals
    from .run import guarded

    args = sys.argv[1:] if argv is None else list(argv)
    try:
        args = parse_globals(args)
    except UsageError as problem:
        sys.stderr.write(f"error: {message(problem.code, problem.params)}\n")
        sys.exit(int(ExitCode.USAGE))
    set_language(GLOBAL.language, chosen=GLOBAL.language_chosen)

    def run() -> None:
        from typer._click.exceptions import ClickException, NoArgsIsHelpError
        from typer.exceptions import Abort

        from .parsing import usage_problem
        from .run import Interrupted

        try:
            try:  # not standalone: a parse error comes here to be worded like every other usage error
                code = command_line(args)(args=args, prog_name="nhaoxh", standalone_mode=False)
            except NoArgsIsHelpError as bare:  # `nhaoxh` alone: its help
                bare.show()
                sys.exit(int(ExitCode.USAGE))
            except ClickException as error:
                raise usage_problem(error, [_command_name(c) for c in app.registered_commands], args) from None
            except Abort:
                raise Interrupted from None
            sys.exit(code if isinstance(code, int) else int(ExitCode.OK))
        except UsageError as problem:
            _error_line("{message}", message=message(problem.code, problem.params))
            sys.exit(int(ExitCode.USAGE))
        except InvalidPlan as invalid:
            _invalid(invalid)
            sys.exit(int(ExitCode.PROBLEMS))
        except WorkerFailed as failed:
            _error_line(
                "a worker process ended while reading {file} (out of memory, or killed); "
                "nothing was written. Run again, or with --jobs 1 to read in one process.",
                file=failed.file,
            )
            sys.exit(int(ExitCode.PROBLEMS))
        except OutputError as error:
            _error_line("{message}", message=output_message(error.template, error.params))
            sys.exit(int(ExitCode.USAGE if error.usage else ExitCode.PROBLEMS))

    guarded(run, debug=GLOBAL.debug)
