"""Validating plan files: collect the files, load and check them all.

Every file is checked and every problem kept, so one run reports them all.
Under `strict`, the source-consistency warnings count as errors.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import repeat
from pathlib import Path

from .checks.plan_set import Claim, PlanSet, claims_of, file_name_findings
from .checks.registry import check_plan
from .domain import ExitCode
from .errors import WorkerFailed
from .findings import Finding, Severity
from .loader.limits import DEFAULT_LIMITS, Limits
from .loader.plans import load_plan_file, plan_files
from .parallel import WorkerDied, ordered_map
from .progress import Progress, counted
from .values import frozen

VALIDATE_SCHEMA = "nhaoxh.validate/1"


class MissingPath(LookupError):
    """A path given to validate does not exist (a usage error, exit 2)."""


@frozen
class ValidationReport:
    files: list[str]
    findings: list[Finding]
    strict: bool = False

    @property
    def errors(self) -> int:
        return sum(f.severity is Severity.ERROR for f in self.findings)

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors

    @property
    def exit_code(self) -> ExitCode:
        return ExitCode.PROBLEMS if self.errors else ExitCode.OK


def collect(paths: list[Path]) -> dict[Path, Path | None]:
    """The plan files named by `paths`, each with the folder it was found in
    (None for a file named directly): files as given, folders' *.yaml and *.yml."""
    files: dict[Path, Path | None] = {}
    for path in paths:
        if path.is_dir():
            files.update((file, path) for file in plan_files(path) if file not in files)
        elif path.exists() or path.is_symlink():
            files.setdefault(path, None)
        else:
            raise MissingPath(f"{path} does not exist")
    return files


@frozen
class FileCheck:
    """One file's findings, and the names its plan claims (settled across files in file order)."""

    file: str
    findings: list[Finding]
    claims: list[Claim]


def check_file(path: Path, folder: Path | None, limits: Limits) -> FileCheck:
    """Load and check one plan file: everything but the clashes between files."""
    result = load_plan_file(path, limits, within=folder)
    findings = result.findings + check_plan(result) + file_name_findings(result)
    return FileCheck(result.file, findings, claims_of(result))


def validate_paths(
    paths: list[Path],
    *,
    strict: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> ValidationReport:
    """Check every plan file `paths` name, in `jobs` processes (None: one per CPU for large sets);
    `progress(done, total)` after each file."""
    files = collect(paths)
    findings: list[Finding] = []
    plan_set = PlanSet()
    checks = ordered_map(check_file, len(files), jobs, files, files.values(), repeat(limits))
    try:
        for checked in counted(checks, len(files), progress):
            findings += checked.findings + plan_set.settle(checked.file, checked.claims)
    except WorkerDied as died:
        raise WorkerFailed(str(list(files)[died.position])) from None
    if strict:
        findings = [replace(f, severity=Severity.ERROR) for f in findings]
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.code))
    return ValidationReport([str(f) for f in files], findings, strict)
