"""From a plan file's bytes to a checked `Plan`, with every problem placed.

Nothing here prints or exits: the result holds the plan (when it could be
built) and the findings, each with its file, line and column.
"""

from __future__ import annotations

import codecs
import difflib
import gc
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from ..checks.rules.backwards_periods import BACKWARDS
from ..checks.rules.figures import NEGATIVE, NOT_FINITE, NOT_WHOLE, SHARE_RANGE
from ..checks.rules.files import NOT_UTF8, OUTSIDE_LINK, UNREADABLE
from ..checks.rules.plan_fields import MISSING_FIELD, NOT_A_PLAN, UNKNOWN_KEY, UNSUPPORTED_VERSION, WRONG_VALUE
from ..checks.rules.yaml11_typing import NUMBER_AS_TEXT, YAML11_NUMBER, YES_NO
from ..checks.rules.yaml_safety import LIMIT
from ..domain import Stage
from ..files import NotAFile, TooLarge, read_limited
from ..findings import Finding, ProblemCode, has_errors
from ..i18n import Text, msg
from ..model import SCHEMA_VERSION, Plan
from .limits import DEFAULT_LIMITS, Limits
from .yamlnodes import ParserName, YamlDocument, YamlProblem, dotted, parse_yaml
from .yamlnodes import Path as YPath

_YAML11_BOOLEANS = {"y", "yes", "n", "no", "on", "off", "true", "false"}
#: The problems the plan model reports (model._problem, numbers.NumberError), by their pydantic error type.
_RAISED_BY_THE_MODEL: dict[str, ProblemCode] = {
    problem.code: problem
    for problem in (
        MISSING_FIELD,
        WRONG_VALUE,
        NOT_WHOLE,
        NEGATIVE,
        SHARE_RANGE,
        NOT_FINITE,
        YES_NO,
        NUMBER_AS_TEXT,
        YAML11_NUMBER,
        BACKWARDS,
    )
}


@dataclass
class LoadResult:
    """A plan file read: the plan when it could be built, and what was found."""

    file: str
    plan: Plan | None = None
    findings: list[Finding] = field(default_factory=list)
    document: YamlDocument | None = None

    @property
    def ok(self) -> bool:
        return self.plan is not None and not has_errors(self.findings)


def load_plan_file(path: Path, limits: Limits = DEFAULT_LIMITS, *, within: Path | None = None) -> LoadResult:
    """Read and check one plan file; with `within`, a link leading outside that folder is not followed."""
    name = str(path)
    max_bytes = limits.max_bytes

    def refused(problem: ProblemCode, message: Text, hint: Text | None = None, line: int = 0) -> LoadResult:
        finding = Finding.of(problem, message, file=name, hint=hint, line=line, column=1 if line else 0)
        return LoadResult(name, findings=[finding])

    if within is not None and path.is_symlink() and not path.resolve().is_relative_to(within.resolve()):
        link = msg(
            "{name} is a link to {target}, outside {folder}; it was not read",
            name=path.name,
            target=os.readlink(path),
            folder=within,
        )
        return refused(OUTSIDE_LINK, link)
    if path.is_dir():
        return refused(
            UNREADABLE, msg("this is a folder, not a plan file"), msg("rename the folder, or move it elsewhere")
        )
    if within is not None:
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                # a pipe or a device found in a folder would be read until it ends — perhaps never
                return refused(
                    UNREADABLE,
                    msg("this is not a regular file (a pipe, a socket or a device); it was not read"),
                    msg("a plans folder holds plan files; give a pipe's path on the command line to read it"),
                )
        except OSError as error:
            return refused(UNREADABLE, msg("cannot read the file: {reason}", reason=error.strerror or str(error)))
    try:
        data = read_limited(path, max_bytes)
    except TooLarge as large:
        size = (
            msg("the file is {size} bytes", size=large.size)
            if large.size is not None
            else msg("the pipe gives more than {limit} bytes", limit=max_bytes)
        )
        return refused(
            LIMIT,
            msg("{size}; plans are limited to {limit} bytes", size=size, limit=max_bytes),
            msg("raise the limit with --max-file-size if the plan really is this large"),
            line=1,
        )
    except NotAFile:
        return refused(
            UNREADABLE,
            msg("this is a device or a socket, not a plan file; it was not read"),
            msg("give the path of a plan file, or of a pipe that carries one"),
        )
    except OSError as error:
        return refused(UNREADABLE, msg("cannot read the file: {reason}", reason=error.strerror or str(error)))
    return load_plan_text(data, name, limits)


_OTHER_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}


def decode(data: bytes, file: str) -> tuple[str | None, list[Finding]]:
    """UTF-8 text (a byte-order mark is allowed); invalid bytes are placed exactly."""
    for bom, encoding in _OTHER_BOMS.items():
        if data.startswith(bom):
            return None, [
                Finding.of(
                    NOT_UTF8,
                    msg("the file is {encoding} text; plans are UTF-8", encoding=encoding),
                    file=file,
                    line=1,
                    column=1,
                    hint=msg("save the file as UTF-8 (in most editors: Save with Encoding → UTF-8)"),
                )
            ]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return None, [
            Finding.of(
                NOT_UTF8,
                msg(
                    "byte {offset} (0x{byte}) is not valid UTF-8; the file seems to be in another encoding",
                    offset=str(error.start),  # a position, not a count
                    byte=f"{data[error.start]:02x}",
                ),
                file=file,
                line=line,
                column=column,
            )
        ]
    return text.replace("\r\n", "\n"), []


def load_plan_text(
    data: bytes | str, file: str = "<plan>", limits: Limits = DEFAULT_LIMITS, *, parser: ParserName | None = None
) -> LoadResult:
    """Check a plan given as bytes or text; `file` names it in findings. `parser` picks libyaml's or
    PyYAML's pure-Python parser (see `parse_yaml`): the result is the same."""
    collecting = gc.isenabled()
    gc.disable()  # building a plan creates objects without cycles: the collector would only rescan them
    try:
        result = _load_text(data, file, limits, parser)
    finally:
        if collecting:
            gc.enable()
    return result


def _load_text(data: bytes | str, file: str, limits: Limits, parser: ParserName | None) -> LoadResult:
    if isinstance(data, bytes):
        text, findings = decode(data, file)
        if text is None:
            return LoadResult(file, findings=findings)
    else:
        text = data
    try:
        document = parse_yaml(text, limits, parser=parser)
    except YamlProblem as problem:
        return LoadResult(file, findings=[f.in_file(file) for f in problem.findings])
    result = LoadResult(file, document=document, findings=[f.in_file(file) for f in document.findings])
    if not isinstance(document.data, dict):
        result.findings.append(
            Finding.of(
                NOT_A_PLAN,
                msg("the file holds no plan: it is empty or not a mapping of fields"),
                file=file,
                line=1,
                column=1,
            )
        )
        return result
    version = document.data.get("schema_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        place = document.locate(("schema_version",))
        message = (
            msg("schema_version is missing")
            if "schema_version" not in document.data
            else msg("schema_version {version} is not supported", version=repr(version))
        )
        result.findings.append(Finding.of(UNSUPPORTED_VERSION, message, file=file, at=place, path="schema_version"))
        return result
    try:
        plan = Plan.model_validate(document.data)
    except ValidationError as error:
        result.findings.extend(findings_from_validation(error, document, file))
    else:
        if not has_errors(result.findings):
            result.plan = plan
    result.findings.sort(key=lambda f: (f.line, f.column, f.code))
    return result


def findings_from_validation(error: ValidationError, document: YamlDocument, file: str) -> list[Finding]:
    findings = []
    for item in error.errors(include_url=False):
        loc: YPath = tuple(part for part in item["loc"] if isinstance(part, (str, int)))
        if document.is_broken(loc):
            continue  # already reported: the value was left out (an alias, a tag, too deep)
        text = (item.get("ctx") or {}).get("nhaoxh_text")  # nhaoxh's own messages (model._problem)
        detail = _years_as_labels(text) if isinstance(text, Text) else item["msg"]
        findings.append(_finding(item["type"], detail, loc, item.get("input"), document, file))
    return sorted(findings, key=lambda f: (f.line, f.column, f.code))


#: The plan model's messages whose numbers are years, which name a time and are not counts: i18n.Text
#: writes an int as a count (2,030), so they are given to it as text. (model.py passes these years as
#: ints; once it passes text, as the checks do, this can go.)
_YEAR_MESSAGES = frozenset({"the years {first}-{last} run backwards", "{value} is not a plausible year"})


def _years_as_labels(text: Text) -> Text:
    if text.template not in _YEAR_MESSAGES:
        return text
    return Text(text.template, tuple((name, str(value)) for name, value in text.values))


def _finding(kind: str, detail: str | Text, loc: YPath, value: object, document: YamlDocument, file: str) -> Finding:
    if loc and loc[-1] == "[key]":  # a mapping key that is not allowed: a stage or a source name
        return _bad_key(str(detail), loc[:-1], document, file)
    path = dotted(loc)
    if kind == "extra_forbidden":
        place = document.locate(loc, prefer_key=True)
        key = str(loc[-1]) if loc else ""
        suggestion = _did_you_mean(key, _fields_at(loc[:-1]))
        return Finding.of(
            UNKNOWN_KEY,
            msg("unknown key '{key}' in {parent}", key=key, parent=dotted(loc[:-1]) or msg("the plan")),
            file=file,
            at=place,
            path=path,
            hint=msg("did you mean '{suggestion}'?", suggestion=suggestion) if suggestion else None,
        )
    if kind == "missing":
        place = document.locate(loc)
        parent = dotted(loc[:-1]) or msg("the plan")
        return Finding.of(
            MISSING_FIELD,
            msg("{parent} lacks the required field '{field}'", parent=parent, field=loc[-1]),
            file=file,
            at=place,
            path=path,
        )
    place = document.locate(loc)
    problem = _RAISED_BY_THE_MODEL.get(kind, WRONG_VALUE)
    message: str | Text = detail
    hint: Text | None = None
    if (
        place.plain
        and place.raw is not None
        and kind in {"string_type", "NX109", "NX108", "enum", "literal_error", "string_pattern_mismatch"}
    ):
        if place.raw.lower() in _YAML11_BOOLEANS and place.tag.endswith(":bool"):
            problem = YES_NO
            message = msg("YAML reads the unquoted {raw} as {value}, not as text", raw=place.raw, value=repr(value))
            hint = msg('write it in quotes: "{raw}"', raw=place.raw)
        elif place.tag.endswith((":int", ":float")):
            problem = NUMBER_AS_TEXT
            message = msg(
                "YAML reads the unquoted {raw} as the number {value}, not as text", raw=place.raw, value=repr(value)
            )
            hint = msg('write it in quotes: "{raw}"', raw=place.raw)
    if problem is WRONG_VALUE:
        if isinstance(detail, Text):
            message = msg("{path}: {detail}", path=path or msg("the plan"), detail=detail)
        else:  # pydantic's own words: shown as they are
            message = f"{path or 'the plan'}: {detail[0].lower() + detail[1:] if detail else 'invalid value'}"
    return Finding.of(problem, message, file=file, at=place, path=path, hint=hint)


def _bad_key(detail: str, loc: YPath, document: YamlDocument, file: str) -> Finding:
    place = document.locate(loc, prefer_key=True)
    key = str(loc[-1])
    parent = dotted(loc[:-1])
    if parent == "pipeline":
        stages = [stage.value for stage in Stage]
        suggestion = _did_you_mean(key, stages)
        hint = (
            msg("did you mean '{suggestion}'?", suggestion=suggestion)
            if suggestion
            else msg("stages are {stages}", stages=", ".join(stages))
        )
        return Finding.of(
            UNKNOWN_KEY,
            msg("unknown stage '{key}' in pipeline", key=key),
            file=file,
            at=place,
            path=dotted(loc),
            hint=hint,
        )
    return Finding.of(
        WRONG_VALUE,
        msg(
            "the key '{key}' in {parent} is not allowed: {detail}",
            key=key,
            parent=parent,
            detail=detail[0].lower() + detail[1:],  # pydantic's own words
        ),
        file=file,
        at=place,
        path=dotted(loc),
    )


def _fields_at(loc: YPath) -> list[str]:
    """The keys a model allows at `loc`, for "did you mean" suggestions."""
    model: type[BaseModel] | None = Plan
    for part in loc:
        if model is None or isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        if info is None:
            # a dict key (a stage or a source name): stay on the value's model
            continue
        model = _model_of(info.annotation)
    return list(model.model_fields) if model else []


def _model_of(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_of(arg)
        if found:
            return found
    return None


def _did_you_mean(word: str, choices: list[str]) -> str | None:
    matches = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return matches[0] if matches else None


def plan_files(folder: Path) -> list[Path]:
    """The plan files directly in `folder`, sorted by name."""
    return sorted(p for p in folder.iterdir() if p.suffix in {".yaml", ".yml"} and not p.name.startswith("."))


__all__ = ["LoadResult", "load_plan_file", "load_plan_text", "plan_files"]
