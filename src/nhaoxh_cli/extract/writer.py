"""The draft as YAML, with comments: what to fill, what was seen but not
placed, and above every figure the line of the source it came from."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..i18n import t
from .result import Extraction

#: What YAML allows in a stream (YAML 1.1, "printable"); anything else is escaped or dropped.
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = json.dumps(str(value), ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar …
    return _NOT_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)  # … once YAML can read every character


def _flow(mapping: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{k}: {_scalar(v)}" for k, v in mapping.items()) + "}"


def _emit(value: Any, indent: int, out: list[str]) -> None:
    pad = " " * indent
    for key, item in value.items():
        if key == "source" and isinstance(item, dict):
            out.append(f"{pad}source: {_flow(item)}")
        elif isinstance(item, dict):
            if not item:
                out.append(f"{pad}{key}: {{}}")
                continue
            out.append(f"{pad}{key}:")
            _emit(item, indent + 2, out)
        elif isinstance(item, list):
            if not item:
                out.append(f"{pad}{key}: []")
                continue
            out.append(f"{pad}{key}:")
            for element in item:
                if isinstance(element, dict):
                    cite = element.get("source") if isinstance(element.get("source"), dict) else None
                    if cite and cite.get("line"):
                        out.append(
                            f"{pad}  # "
                            + t("line {line}: {quote}", line=cite["line"], quote=_short(cite.get("quote", "")))
                        )
                    inner: list[str] = []
                    _emit(element, indent + 4, inner)
                    out.append(f"{pad}  - " + inner[0].lstrip())
                    out.extend(inner[1:])
                else:
                    out.append(f"{pad}  - {_scalar(element)}")
        else:
            out.append(f"{pad}{key}: {_scalar(item)}")


def _short(text: str, limit: int = 110) -> str:
    text = " ".join(_NOT_PRINTABLE.sub("?", str(text)).split())  # a comment holds only what YAML allows
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_yaml(extraction: Extraction, today: dt.date | None = None, folder: Path | None = None) -> str:
    """The draft plan: comments (what to fill, check, what was seen but not placed), then the plan.
    `folder`: where it will be written — its first line points an editor at the plan schema found
    from there (nhaoxh_cli.schemaref), or says how to make one."""
    from ..importer.template import schema_lines
    from .messages import QUALIFIER_WORDS, say, stage_name

    when = (today or dt.date.today()).isoformat()
    out = [
        *schema_lines(folder),
        "# "
        + t("Draft plan written by `nhaoxh extract` from {name} on {date}.", name=_short(extraction.name), date=when),
        "# "
        + t("{count} figures placed, each citing the line it came from. Check every one", count=len(extraction.placed)),
        "# " + t("against the source, complete what is missing, then run `nhaoxh validate` on this file."),
    ]
    sections = ((t("TO FILL:"), extraction.to_fill), (t("TO CHECK (decided by nhaoxh extract):"), extraction.to_check))
    for title, notes in sections:
        if notes:
            out += ["#", f"# {title}"] + [f"#   - {_short(say(n), 200)}" for n in notes]
    extras = [
        f for f in extraction.placed if f.when is not None and f.section == "pipeline" and f.kind.value == "pipeline"
    ]
    extras += [
        f
        for f in extraction.placed
        if f.qualifier.value != "exact" and f.section == "pipeline" and f.kind.value == "pipeline"
    ]
    if extras:
        out += ["#", "# " + t("KEPT HERE (the plan format has no field for them yet):")]
        for f in dict.fromkeys(extras):
            what = ", ".join(
                x
                for x in (
                    f.years and t("years {years}", years=f.years),
                    f.qualifier.value != "exact" and t(QUALIFIER_WORDS[f.qualifier.value]),
                )
                if x
            )
            stage = stage_name(f.stage.value) if f.stage else ""
            out.append(
                "#   - "
                + t("line {line}: {stage} {figure}: {what}", line=f.line, stage=stage, figure=f.written, what=what)
            )
    if extraction.unplaced:
        out += ["#", "# " + t("SEEN BUT NOT PLACED (figures the drafter could not assign):")]
        out += [
            "#   - "
            + t("line {line}: {quote}", line=u.line, quote=f"{_short(u.written, 40)} — {_short(say(u.reason), 140)}")
            for u in extraction.unplaced
        ]
    out.append("")
    _emit(extraction.plan, 0, out)
    out = [_NOT_PRINTABLE.sub("?", line) if line.lstrip().startswith("#") else line for line in out]
    return "\n".join(out) + "\n"


def with_yaml(extraction: Extraction, folder: Path | None = None) -> Extraction:
    return replace(extraction, plan_yaml=to_yaml(extraction, folder=folder))
