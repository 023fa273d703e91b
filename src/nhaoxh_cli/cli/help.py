"""Help like a well-made CLI (ruff, gh, sqlite-utils), in the reader's language.

Every command's text lives here once — a summary, what a reader should know, and examples — marked
for translation (N_), and `HelpCommand`/`HelpGroup` lay it out over the command's own parameters:
usage with metavars in capitals (PROVINCE, FILE, [PATH]...), flags shown as flags, the choices of
every option, its default, the options that work anywhere (--lang, --no-color, --debug), then the
examples; `nhaoxh --help` adds every option that works anywhere and the exit codes (domain.ExitCode).
Typer parses the command line; only the help is drawn here.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from typer.core import TyperCommand, TyperGroup

from ..domain import ExitCode
from ..i18n import N_, t
from ..values import frozen


@frozen
class Help:
    summary: str
    details: list[str] = field(default_factory=list)
    examples: list[tuple[str, str]] = field(default_factory=list)  # (command, what it shows)


TOOL = N_("Progress calculator for Vietnam's social housing programme (nhà ở xã hội).")

COMMANDS: dict[str, Help] = {
    "forecast": Help(
        N_("One unit's targets as of a date: status, basis, delivered or expected against each target."),
        [
            N_(
                "Today's unit comes first, then the units it was made of before 01/07/2025. Options add "
                "detail (--by year, --details) or other bases (--scenario, --calibrated, --simulate); they "
                "never change a target's status."
            )
        ],
        [
            ("nhaoxh forecast haiphong", N_("Hải Phòng's targets as of today")),
            ("nhaoxh forecast 31 --as-of 2026-11-26 --by year", N_("the same unit by its code, with its years")),
            ("nhaoxh --lang vi forecast hochiminh --details", N_("in Vietnamese, with the plan's projection")),
            ("nhaoxh forecast vietnam --calibrated --format json", N_("the country, for a script")),
        ],
    ),
    "report": Help(
        N_("The whole country as of a date: the headline, every one of today's 34 units, the country's targets."),
        [N_("Plans with errors are left out (listed on stderr) and the exit code is 1.")],
        [
            ("nhaoxh report", N_("the country in the terminal")),
            ("nhaoxh report --format html --output report.html", N_("one page to read in a browser or print")),
            ("nhaoxh report --format xlsx --output report.xlsx", N_("a workbook (needs the xlsx extra)")),
            ("nhaoxh report haiphong hochiminh --format csv", N_("two units, for a spreadsheet")),
        ],
    ),
    "validate": Help(
        N_("Check plan files: every problem in one run, each with file:line:column, a code and a hint."),
        [N_("Exit 0 with no errors (warnings allowed), 1 with errors (or warnings under --strict).")],
        [
            ("nhaoxh validate", N_("the plans folder")),
            ("nhaoxh validate data/plans/haiphong.yaml --strict", N_("one file, warnings counted as errors")),
            ("nhaoxh validate data/plans --format github", N_("annotations on a pull request's lines")),
        ],
    ),
    "import": Help(
        N_("Add the figures of a table (CSV or .xlsx) to the plans: a dry run that shows the diff, --write to apply."),
        [
            N_(
                "Each row goes to its current unit's plan (former names and codes accepted) with its source; "
                "a figure never overwrites a different one: both are kept and the conflict is reported."
            ),
            N_(
                "A refused row is reported with its line and left out; --write still writes the accepted rows. "
                "When a plan would have errors, nothing at all is written. Exit 1 in either case, in a dry run "
                "as with --write; importing the table again after a correction adds only what is new."
            ),
        ],
        [
            ("nhaoxh import figures.csv", N_("what would change, as a diff")),
            ("nhaoxh import figures.csv --write", N_("apply it")),
        ],
    ),
    "extract": Help(
        N_("Draft a plan from a document (.txt, .md, .html, .docx, .pdf): every figure with its line."),
        [
            N_(
                "What the drafter saw but could not place (with the reason), and what a person must fill or "
                "check, are printed and written at the top of the draft. When no figure could be placed, no "
                "draft is written or printed and the exit code is 1."
            )
        ],
        [
            ("nhaoxh extract decision.pdf --province haiphong --output draft/haiphong.yaml", N_("a decision")),
            ("nhaoxh extract article.html --date 2026-01-13", N_("a news page whose date the text omits")),
        ],
    ),
    "new": Help(
        N_("Write a commented plan template for one of today's units; never overwrites a plan."),
        [
            N_(
                "The plan goes to --plans-dir, else $NHAOXH_PLANS_DIR, else ./data/plans (created when missing) "
                "— never into the installed package. Its placeholders are errors for validate until filled."
            ),
            N_(
                "A ./data/plans it creates is from then on the plans folder of commands run in that folder, "
                "instead of the plans shipped with nhaoxh: it says so, and how to use it from elsewhere. A unit "
                "missing there but among the shipped plans is named as such, with the --plans-dir to pass."
            ),
        ],
        [("nhaoxh new danang", N_("data/plans/danang.yaml, to fill from Đà Nẵng's documents"))],
    ),
    "show": Help(
        N_("A plan's figures in plain words, each with its document or outlet and date."),
        [],
        [
            ("nhaoxh show haiphong", N_("every figure of Hải Phòng's plan and where it comes from")),
            ("nhaoxh show haiphong --details", N_("the same, with each figure's and source's id")),
        ],
    ),
    "explain": Help(
        N_("One period's projection line by line (which units, which share, which rule), then its targets."),
        [],
        [("nhaoxh explain haiphong --period 2021-2025", N_("the arithmetic of QĐ 117's first period"))],
    ),
    "list": Help(
        N_("The plans, what each holds (targets, pipeline, reports, last report) and what it lacks."),
        [],
        [("nhaoxh list --format csv", N_("for a spreadsheet"))],
    ),
    "provinces": Help(
        N_("The provincial units (34 since 01/07/2025, or the 63 before) and which have a plan."),
        [],
        [("nhaoxh provinces --former", N_("the 63 former units and the unit each merged into"))],
    ),
    "schema": Help(
        N_("Print a JSON Schema: the plan format's (for editors) or an output's."),
        [],
        [("nhaoxh schema forecast", N_("what `forecast --format json` prints"))],
    ),
}

#: The options that work before or after any command (cli/globals.py reads them).
GLOBAL_OPTIONS = [
    ("--lang vi|en", N_("The language of everything a person reads (also $NHAOXH_LANG; default: the locale).")),
    ("--no-color", N_("No colours (also NO_COLOR=1).")),
    (
        "--plans-dir DIR",
        N_("Folder of plan files (also $NHAOXH_PLANS_DIR; default ./data/plans, else the shipped plans)."),
    ),
    ("--debug", N_("Show a traceback for bug reports (also NHAOXH_DEBUG=1).")),
    ("-V, --version", N_("Print the version and exit.")),
    ("-h, --help", N_("Show this help and exit.")),
]

#: The options of GLOBAL_OPTIONS that work after any command too (cli/globals.py), listed in every
#: command's help. (--plans-dir after a command is that command's own option, in its Options; a
#: command that reads no plans has none.)
ANYWHERE = ("--lang", "--no-color", "--debug")

EXIT_MEANINGS = {
    ExitCode.OK: N_("success"),
    ExitCode.PROBLEMS: N_("the command ran and found problems (an invalid plan, a failed check, a failed write)"),
    ExitCode.USAGE: N_("usage error: an unknown option or unit, an unreadable path, an unsupported format"),
    ExitCode.INTERNAL: N_("internal error: a bug in nhaoxh (the message says how to report it)"),
    ExitCode.INTERRUPTED: N_("interrupted (Ctrl-C)"),
}


def _metavar(param: Any) -> str:
    """PROVINCE, FILE, [PATH]..., FORMAT; nothing for a flag."""
    if getattr(param, "is_flag", False):
        return ""
    name = str(param.metavar or param.name.upper())
    if param.param_type_name == "argument":
        if param.nargs != 1:
            return name if name.endswith("...") else f"{name}..."
        return name if param.required else f"[{name}]"
    return name


def _option_row(param: Any) -> tuple[str, str]:
    names = ", ".join(sorted(param.opts, key=len))
    metavar = _metavar(param)
    term = f"{names} {metavar}".strip()
    text = t(param.help or "")
    default = param.default
    if not getattr(param, "is_flag", False) and default not in (None, "", (), []) and param.show_default is not False:
        text += " " + t("[default: {value}]", value=default)
    return term, text


def format_command_help(command: Any, ctx: Any, formatter: Any) -> None:
    """Usage, summary, details, arguments, options and examples of one command."""
    text = COMMANDS.get(command.name)
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    usage = " ".join(["[OPTIONS]", *(_metavar(a) for a in arguments)])
    formatter.write_usage(ctx.command_path, usage, prefix=t("Usage: "))
    if text is not None:
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(t(text.summary))
            for paragraph in text.details:
                formatter.write_paragraph()
                formatter.write_text(t(paragraph))
    if arguments:
        with formatter.section(t("Arguments")):
            formatter.write_dl([(_metavar(a).strip("[].") or a.name.upper(), t(a.help or "")) for a in arguments])
    options = [p for p in command.params if p.param_type_name == "option" and not p.hidden]
    with formatter.section(t("Options")):
        formatter.write_dl([_option_row(p) for p in options] + [("-h, --help", t("Show this help and exit."))])
    own = {name for p in options for name in p.opts}
    shared = [
        (term, t(what)) for term, what in GLOBAL_OPTIONS if term.split()[0] in ANYWHERE and term.split()[0] not in own
    ]
    if shared:
        with formatter.section(t("Global options (before or after the command)")):
            formatter.write_dl(shared)
    if text is not None and text.examples:
        with formatter.section(t("Examples")):
            for line, what in text.examples:
                formatter.write_text(line)
                with formatter.indentation():
                    formatter.write_text(t(what))


def format_tool_help(group: Any, ctx: Any, formatter: Any) -> None:
    """The commands, the options that work anywhere, and the exit codes."""
    formatter.write_usage("nhaoxh", t("[OPTIONS] COMMAND [ARGS]..."), prefix=t("Usage: "))
    formatter.write_paragraph()
    with formatter.indentation():
        formatter.write_text(t(TOOL))
    with formatter.section(t("Commands")):
        formatter.write_dl([(name, t(COMMANDS[name].summary)) for name in group.list_commands(ctx) if name in COMMANDS])
    with formatter.section(t("Options (before or after the command)")):
        formatter.write_dl([(term, t(text)) for term, text in GLOBAL_OPTIONS])
    with formatter.section(t("Exit codes")):
        formatter.write_dl([(str(int(code)), t(EXIT_MEANINGS[code])) for code in ExitCode])
    with formatter.section(t("Examples")):
        for name in ("forecast", "report", "validate"):
            line, what = COMMANDS[name].examples[0]
            formatter.write_text(line)
            with formatter.indentation():
                formatter.write_text(t(what))


class HelpCommand(TyperCommand):
    def format_help(self, ctx: Any, formatter: Any) -> None:
        format_command_help(self, ctx, formatter)


class HelpGroup(TyperGroup):
    def format_help(self, ctx: Any, formatter: Any) -> None:
        format_tool_help(self, ctx, formatter)
