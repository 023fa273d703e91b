"""`nhaoxh import`: figures from the analyst's table (CSV or .xlsx) into the plans, as a library.

    from nhaoxh_cli.importer import import_figures

    result = import_figures("figures.csv", "data/plans")          # a dry run: nothing is written
    print(result.diff())                                          # what would change, file by file
    for change in result.changes:                                 # added, conflict, unchanged, refused
        print(change.location, change.status, change.shown())
    import_figures("figures.csv", "data/plans", write=True)       # every file whole, or none

Each row is resolved to its current unit (a former unit's figure goes into the plan of the unit it
merged into, as that territory), written with its source, and never overwrites a different
figure: two figures for one slot are both kept, the newcomer marked `alternative` and reported as
a conflict. A figure the plan already holds changes nothing, so importing twice is harmless.
Nothing is written unless every resulting plan loads without errors. A refused row (an unknown unit,
a malformed figure) is left out and reported; the other rows are still written, and `exit_code` is 1
in a dry run and a write alike.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from ..checks import check_plan
from ..domain import ExitCode
from ..files import CANNOT_MAKE_FOLDER, OutputError, why, write_all
from ..findings import Finding, Severity
from ..i18n import Text, msg
from ..loader.names import fold
from ..loader.plans import load_plan_file, load_plan_text, plan_files
from ..loader.registry import Registry, default_registry
from ..progress import Progress, counted
from ..values import frozen
from .parse import Figure, Refusal, parse_row
from .planedit import PlanEdit, Verdict
from .rows import ImportFileError, read_rows
from .template import new_plan_text
from .yamltext import TextEditError

__all__ = ["Change", "FileChange", "ImportFileError", "ImportResult", "import_figures"]

#: Targets first, so that a result's percentage finds the target it is of in the same import.
_ORDER = {"quota": 0, "goal": 0, "demand": 0, "reported": 1, "expected": 2, "note": 3}


@frozen
class Change:
    """What became of one row: `added`, `conflict` (kept as an alternative), `unchanged` or `refused`."""

    file: str  # the table
    line: int
    status: str
    what: Text
    reason: Text | None = None
    plan: str | None = None  # the plan file it went into
    column: str = ""

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" + (f" [{self.column}]" if self.column else "")

    @property
    def message(self) -> str:
        """The change in English (for scripts and logs)."""
        return f"{self.what} — {self.reason}" if self.reason else str(self.what)

    def shown(self) -> str:
        """The change in the current language."""
        text = self.what.shown()
        return f"{text} — {self.reason.shown()}" if self.reason else text


@frozen
class FileChange:
    """One plan file: its text before (empty when the import creates it) and after."""

    path: Path
    before: str
    after: str
    created: bool

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def diff(self) -> str:
        old = "/dev/null" if self.created else f"a/{self.path.name}"
        lines = difflib.unified_diff(
            self.before.splitlines(keepends=True), self.after.splitlines(keepends=True), old, f"b/{self.path.name}"
        )
        return "".join(lines)


@dataclass
class ImportResult:
    """A dry run's or a write's outcome: the files, the changes row by row, and what blocked writing."""

    source: Path
    files: list[FileChange] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    blocked: list[Finding] = field(default_factory=list)  # errors of a resulting plan: nothing written
    written: bool = False

    def count(self, status: str) -> int:
        return sum(c.status == status for c in self.changes)

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.status == "conflict"]

    @property
    def refused(self) -> list[Change]:
        return [c for c in self.changes if c.status == "refused"]

    def diff(self) -> str:
        return "".join(f.diff() for f in self.files if f.changed)

    @property
    def exit_code(self) -> ExitCode:
        """1 when a row was refused or a plan would have errors, else 0 — the same in a dry run and a write.

        A refused row never stops the others: `write=True` writes the accepted rows and leaves it out
        (importing the corrected table again adds only what is new); errors in a resulting plan stop
        everything (`blocked`, nothing written)."""
        return ExitCode.PROBLEMS if self.refused or self.blocked else ExitCode.OK


def import_figures(
    file: str | Path,
    plans_dir: str | Path,
    *,
    write: bool = False,
    registry: Registry | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import the figures of `file` into the plans of `plans_dir`; write only with `write=True`;
    `progress(done, total)` after each plan the rows go to.

    Raises ImportFileError when the table cannot be read at all (no header, not UTF-8, not a
    workbook); a row that cannot be imported is a `refused` change, never an exception.
    """
    source, folder = Path(file), Path(plans_dir)
    registry = registry or default_registry()
    result = ImportResult(source)
    figures: list[Figure] = []
    for row in read_rows(source):
        parsed = parse_row(row, registry)
        if isinstance(parsed, Refusal):
            result.changes.append(Change(str(source), parsed.line, "refused", parsed.text, column=parsed.column))
        else:
            figures.append(parsed)
    by_plan: dict[str, list[Figure]] = {}
    for figure in figures:
        by_plan.setdefault(figure.plan, []).append(figure)
    for slug, planned in counted(by_plan.items(), len(by_plan), progress):
        _import_plan(result, folder, slug, planned, registry)
    result.changes.sort(key=lambda c: c.line)
    _check_results(result)
    if write and not result.blocked:
        _write(result, folder)
    return result


def _import_plan(result: ImportResult, folder: Path, slug: str, figures: list[Figure], registry: Registry) -> None:
    path = _plan_path(folder, slug)
    created = not path.exists()
    before = "" if created else path.read_text(encoding="utf-8")
    text = new_plan_text(slug, registry, result.source.name, path.parent) if created else before
    loaded = load_plan_text(text, str(path))
    where = str(result.source)
    if loaded.plan is None:
        problem = msg("the plan {file} does not load; run nhaoxh validate and fix it first", file=path.name)
        result.changes += [Change(where, f.line, "refused", problem, plan=str(path)) for f in figures]
        return
    edit = PlanEdit(slug, text, loaded.plan)
    for figure in sorted(figures, key=lambda f: _ORDER[f.kind]):
        if figure.of and not edit.has_target(figure.of):
            refusal = msg("{of} names no target of the plan {file}", of=figure.of, file=path.name)
            result.changes.append(Change(where, figure.line, "refused", refusal, plan=str(path), column="of"))
            continue
        verdict: Verdict = edit.add(figure)
        result.changes.append(Change(where, figure.line, verdict.status, verdict.what, verdict.reason, str(path)))
    try:
        after = edit.new_text()
    except TextEditError as error:  # a layout the text editor does not handle: refuse, never mangle
        problem = msg("{file} cannot be added to as text: {error}", file=path.name, error=str(error))
        result.changes = [c for c in result.changes if c.plan != str(path)]
        result.changes += [Change(where, f.line, "refused", problem, plan=str(path)) for f in figures]
        return
    result.files.append(FileChange(path, before, after, created))


def _plan_path(folder: Path, slug: str) -> Path:
    """The plan file of a unit: <slug>.yaml, else a file whose province has that slug."""
    path = folder / f"{slug}.yaml"
    if path.exists() or not folder.is_dir():
        return path
    for candidate in plan_files(folder):
        loaded = load_plan_file(candidate, within=folder)
        if loaded.plan is not None and fold(loaded.plan.province.slug) == fold(slug):
            return candidate
    return path


def _check_results(result: ImportResult) -> None:
    """Every changed plan must load and pass the checks without a new error; otherwise nothing is
    written. (An error the plan already had is the plan's, not the import's: validate shows it.)"""
    for change in result.files:
        if not change.changed:
            continue
        before = {(f.code, f.message) for f in _errors(change.before, change.path)} if change.before else set()
        result.blocked += [f for f in _errors(change.after, change.path) if (f.code, f.message) not in before]


def _errors(text: str, path: Path) -> list[Finding]:
    """What validate finds wrong in a plan's text (the checks of what import writes are among them)."""
    loaded = load_plan_text(text, str(path))
    return [f for f in [*loaded.findings, *check_plan(loaded)] if f.severity is Severity.ERROR]


def _write(result: ImportResult, folder: Path) -> None:
    """Write every changed plan, all or none (files.write_all); a failure raises OutputError."""
    changed = [f for f in result.files if f.changed]
    if changed:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(CANNOT_MAKE_FOLDER, {"folder": str(folder), **why(error)}, usage=True) from None
    write_all({change.path: change.after for change in changed})
    result.written = True
