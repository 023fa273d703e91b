"""Validating plan files: collect the files, load and check them all.

Every file is checked and every problem kept, so one run reports them all.
Under `strict`, the source-consistency warnings count as errors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .checks import check_plan
from .checks.plan_set import PlanSet
from .domain import ExitCode
from .findings import Finding, Severity
from .loader.limits import DEFAULT_LIMITS, Limits
from .loader.plans import load_plan_file, plan_files

VALIDATE_SCHEMA = "nhaoxh.validate/1"


class MissingPath(LookupError):
    """A path given to validate does not exist (a usage error, exit 2)."""


@dataclass(frozen=True)
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


def validate_paths(paths: list[Path], *, strict: bool = False, limits: Limits = DEFAULT_LIMITS) -> ValidationReport:
    files = collect(paths)
    findings: list[Finding] = []
    plan_set = PlanSet()
    for path, folder in files.items():  # one plan at a time: memory stays that of the largest plan
        result = load_plan_file(path, limits, within=folder)
        findings += result.findings + check_plan(result) + plan_set.add(result)
    if strict:
        findings = [replace(f, severity=Severity.ERROR) for f in findings]
    findings.sort(key=lambda f: (f.file, f.line, f.column, f.code))
    return ValidationReport([str(f) for f in files], findings, strict)
