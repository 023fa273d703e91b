"""What a row of the analyst's table means: one figure for one territory, or a refusal saying why.

Figures are read as the analyst typed them from the news: "4.670", "4,670", ">4.200", "khoảng
19.000", "gần 20.000", "154%", "102,4". A qualifier word is kept as the plan's `qualifier`, never
dropped; a number that is not a whole count of units is refused, never rounded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import field
from decimal import Decimal

from ..checks.rules.provincial_quotas import PROVINCIAL_DOCUMENT
from ..domain import Qualifier
from ..i18n import Text, msg
from ..loader.names import fold
from ..loader.registry import FORMER, NATIONAL, Registry
from ..values import frozen
from .rows import Row

KINDS = ("quota", "goal", "demand", "reported", "expected", "note")
TARGET_KINDS = ("quota", "goal", "demand")
_KIND_WORDS = {
    "chitieu": "quota",
    "muctieu": "goal",
    "nhucau": "demand",
    "ketqua": "reported",
    "dakien": "expected",
    "dukien": "expected",
    "ghichu": "note",
}
#: Words before a figure, folded (no diacritics), longest first, and the qualifier each means.
_QUALIFIER_WORDS = (
    ("at least", Qualifier.AT_LEAST),
    ("it nhat", Qualifier.AT_LEAST),
    ("toi thieu", Qualifier.AT_LEAST),
    (">=", Qualifier.AT_LEAST),
    ("≥", Qualifier.AT_LEAST),
    ("more than", Qualifier.ABOVE),
    ("over", Qualifier.ABOVE),
    ("above", Qualifier.ABOVE),
    ("tren", Qualifier.ABOVE),
    ("vuot", Qualifier.ABOVE),
    (">", Qualifier.ABOVE),
    ("approximately", Qualifier.ABOUT),
    ("about", Qualifier.ABOUT),
    ("around", Qualifier.ABOUT),
    ("khoang", Qualifier.ABOUT),
    ("~", Qualifier.ABOUT),
    ("≈", Qualifier.ABOUT),
    ("nearly", Qualifier.UNDER),
    ("almost", Qualifier.UNDER),
    ("under", Qualifier.UNDER),
    ("below", Qualifier.UNDER),
    ("gan", Qualifier.UNDER),
    ("duoi", Qualifier.UNDER),
    ("<", Qualifier.UNDER),
)
_NONE_WORDS = {"none", "not assigned", "khong", "khong giao", "chua giao"}
_OUTCOMES = {
    "met": "met",
    "exceeded": "met",
    "dat": "met",
    "vuot": "met",
    "missed": "missed",
    "failed": "missed",
    "khong dat": "missed",
}
_TRUE = {"true", "yes", "1", "x", "co"}
_FALSE = {"", "false", "no", "0", "khong"}
_NATIONAL_NAMES = {fold(n) for n in ("vietnam", "Việt Nam", "national", "cả nước", "toàn quốc", "VN")}
#: A document that is a file of this repository, not something a reader can look up.
_REPOSITORY_FILE = re.compile(r"(^|[\s/])(shared|data|docs|src|tests)/|\.(md|ya?ml|csv|py)$", re.IGNORECASE)


@frozen
class Refusal:
    """A row that was not imported: its line, the column at fault, and what to do."""

    line: int
    column: str
    text: Text

    @property
    def message(self) -> str:
        return str(self.text)


class _Refused(Exception):
    def __init__(self, column: str, text: Text) -> None:
        super().__init__(str(text))
        self.column = column
        self.text = text


@frozen
class SourceRef:
    """The outlet or document a row cites, and when it appeared."""

    document: str
    date: dt.date | None = None
    published: str | None = None  # YYYY or YYYY-MM when the day is not known
    url: str | None = None
    also: tuple[str, ...] = ()
    quote: str | None = None


@frozen
class Figure:
    """One figure of a row, resolved to the plan it goes into and the territory it covers."""

    line: int
    kind: str
    plan: str  # the slug of the plan file: a current unit's, or vietnam
    plan_name: str
    territory: str
    source: SourceRef
    years: tuple[int, int] | None = None
    units: int | None = None
    qualifier: Qualifier = Qualifier.EXACT
    percent: Decimal | None = None
    outcome: str | None = None
    not_assigned: bool = False
    partial: bool = False
    alternative: bool = False
    decision: str | None = None
    derived: str | None = None
    label: str | None = None
    note: str | None = None
    as_of: str | None = None
    of: str | None = None
    id: str | None = None
    merged_from: str | None = field(default=None, compare=False)  # the former unit's name, for messages


def parse_row(row: Row, registry: Registry) -> Figure | Refusal:
    """The figure a row holds, or why it cannot be imported."""
    try:
        return _parse(row, registry)
    except _Refused as refused:
        return Refusal(row.line, refused.column, refused.text)


def _parse(row: Row, registry: Registry) -> Figure:
    if row.extra:
        raise _Refused(
            "",
            msg(
                "the row has more cells than the header has columns; "
                "put double quotes around a cell that holds a comma or a semicolon"
            ),
        )
    kind = _kind(row.get("kind"))
    plan, plan_name, territory, former = _unit(row.get("unit"), registry)
    years = _years(row.get("years"), required=kind != "note")
    units, qualifier, not_assigned = _units(row.get("units"))
    percent, percent_qualifier = _percent(row.get("percent"))
    qualifier = _qualifier(row.get("qualifier"), units, qualifier, percent_qualifier)
    outcome = _outcome(row.get("outcome"))
    figure = Figure(
        line=row.line,
        kind=kind,
        plan=plan,
        plan_name=plan_name,
        territory=territory,
        source=_source(row),
        years=years,
        units=units,
        qualifier=qualifier,
        percent=percent,
        outcome=outcome,
        not_assigned=not_assigned,
        partial=_flag(row, "partial"),
        alternative=_flag(row, "alternative"),
        decision=row.get("decision") or None,
        derived=row.get("derived") or None,
        label=row.get("label") or None,
        note=row.get("note") or None,
        as_of=_as_of(row.get("as_of")),
        of=row.get("of") or None,
        id=row.get("id") or None,
        merged_from=former,
    )
    _check_kind(figure)
    return figure


def _kind(text: str) -> str:
    word = fold(text)
    kind = word if word in KINDS else _KIND_WORDS.get(word)
    if kind is None:
        raise _Refused("kind", msg("'{text}' is not a kind; write one of {kinds}", text=text, kinds=", ".join(KINDS)))
    return kind


def _unit(text: str, registry: Registry) -> tuple[str, str, str, str | None]:
    """(plan slug, plan name, territory, the former unit's name when the row names one)."""
    if not text:
        raise _Refused("unit", msg("the unit is empty; write a province's name, slug or code"))
    if fold(text) in _NATIONAL_NAMES:
        return NATIONAL, "Việt Nam", NATIONAL, None
    if text.strip().lower().startswith(FORMER):
        former = registry.former_unit(text.strip()[len(FORMER) :].strip().lower())
        current = registry.unit(former.merged_into) if former else None
        if former is None or current is None:
            raise _Refused(
                "unit", msg("'{text}' names no former unit; write former:<slug> as in data/provinces.yaml", text=text)
            )
        return current.slug, current.name, FORMER + former.slug, former.name
    found = registry.lookup(text)
    if found is None:
        close = registry.suggest(text)
        hint = msg(" Did you mean {names}?", names=" or ".join(f"'{s}'" for s in close)) if close else ""
        raise _Refused("unit", msg("'{text}' is not a province, city or code.{hint}", text=text, hint=hint))
    unit, former_unit = found
    if former_unit is not None and former_unit.slug != unit.slug:
        return unit.slug, unit.name, FORMER + former_unit.slug, former_unit.name
    return unit.slug, unit.name, unit.slug, None


def _years(text: str, *, required: bool) -> tuple[int, int] | None:
    if not text:
        if required:
            raise _Refused("years", msg('the years are empty; write "2025" or "2026-2030"'))
        return None
    match = re.fullmatch(r"(\d{4})(?:\s*[-–—]\s*(\d{4}))?", text.strip())
    if not match:
        raise _Refused(
            "years", msg('\'{text}\' is not a year or a range of years; write "2025" or "2026-2030"', text=text)
        )
    first, last = int(match.group(1)), int(match.group(2) or match.group(1))
    if first > last or not 1900 <= first <= 2200 or not 1900 <= last <= 2200:
        raise _Refused("years", msg("the years {text} run backwards or are not plausible", text=text))
    return first, last


def _split_qualifier(text: str) -> tuple[str, Qualifier | None]:
    """("4.200", ABOVE) from ">4.200"; the words are matched without diacritics, in any case."""
    plain = fold_spaced(text)
    for word, qualifier in _QUALIFIER_WORDS:
        if plain.startswith(word) and (not word[0].isalpha() or plain[len(word) : len(word) + 1] in {" ", ""}):
            return plain[len(word) :].strip(), qualifier
    return plain, None


def fold_spaced(text: str) -> str:
    """Lower case without diacritics, spaces kept: "Khoảng 19.000" → "khoang 19.000"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def _units(text: str) -> tuple[int | None, Qualifier | None, bool]:
    """(units, qualifier, not assigned) from "4.670", "4,670", ">4.200", "khoảng 19.000" or "none"."""
    if not text:
        return None, None, False
    if fold_spaced(text) in _NONE_WORDS:
        return None, None, True
    number, qualifier = _split_qualifier(text)
    number = number.replace("\u00a0", " ").strip()
    if re.fullmatch(r"\d+", number):
        return int(number), qualifier, False
    for separator in (".", ",", " "):
        if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(separator)}\d{{3}})+", number):
            return int(number.replace(separator, "")), qualifier, False
    raise _Refused(
        "units",
        msg(
            "'{text}' is not a whole number of units; write 4670, 4.670 or 4,670, with a word such as "
            "khoảng, >, gần before it, or none for a target not assigned",
            text=text,
        ),
    )


def _percent(text: str) -> tuple[Decimal | None, Qualifier | None]:
    if not text:
        return None, None
    number, qualifier = _split_qualifier(text)
    match = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?", number)
    if not match:
        hint = msg(" For a range, write its lower bound with the qualifier at_least and the range in the note.")
        ranged = re.search(r"\d\s*[-–]\s*\d", number)
        raise _Refused(
            "percent",
            msg("'{text}' is not a percentage; write 154, 154% or 102,4{hint}", text=text, hint=hint if ranged else ""),
        )
    return Decimal(match.group(1).replace(",", ".")), qualifier


def _qualifier(text: str, units: int | None, from_units: Qualifier | None, from_percent: Qualifier | None) -> Qualifier:
    """The row's qualifier: of its units when it has units, else of its percent; a `qualifier`
    column must agree with the word before the figure."""
    implied = from_units if units is not None else from_percent
    if units is not None and from_percent is not None and from_units is None:
        raise _Refused(
            "percent",
            msg("the word before the percentage would be lost beside the units; write it in the note"),
        )
    if not text:
        return implied or Qualifier.EXACT
    try:
        stated = Qualifier(text.strip().lower())
    except ValueError:
        raise _Refused(
            "qualifier",
            msg(
                "'{text}' is not a qualifier; write one of {names}",
                text=text,
                names=", ".join(q.value for q in Qualifier),
            ),
        ) from None
    if implied is not None and implied is not stated:
        raise _Refused(
            "qualifier",
            msg(
                "the qualifier {stated} disagrees with the word before the figure ({implied})",
                stated=stated.value,
                implied=implied.value,
            ),
        )
    return stated


def _outcome(text: str) -> str | None:
    if not text:
        return None
    outcome = _OUTCOMES.get(fold_spaced(text))
    if outcome is None:
        raise _Refused("outcome", msg("'{text}' is not an outcome; write met or missed", text=text))
    return outcome


def _flag(row: Row, column: str) -> bool:
    value = fold_spaced(row.get(column))
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise _Refused(column, msg("'{text}' is not yes or no; write true or leave it empty", text=row.get(column)))


def _as_of(text: str) -> str | None:
    if not text:
        return None
    day, published = _date(text, "as_of")
    return day.isoformat() if day else published


def _date(text: str, column: str) -> tuple[dt.date | None, str | None]:
    """A full date, or the month or year alone: "18/12/2025", "2025-12-18", "12/2025", "2025"."""
    value = text.strip()
    patterns = (
        (r"(\d{4})-(\d{1,2})-(\d{1,2})", (1, 2, 3)),
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", (3, 2, 1)),
    )
    for pattern, (y, m, d) in patterns:
        match = re.fullmatch(pattern, value)
        if match:
            try:
                return dt.date(int(match.group(y)), int(match.group(m)), int(match.group(d))), None
            except ValueError:
                break
    else:
        month = re.fullmatch(r"(\d{4})-(\d{1,2})|(\d{1,2})/(\d{4})", value)
        if month:
            year, number = (month.group(1), month.group(2)) if month.group(1) else (month.group(4), month.group(3))
            if 1 <= int(number) <= 12:
                return None, f"{year}-{int(number):02d}"
        if re.fullmatch(r"\d{4}", value):
            return None, value
    raise _Refused(column, msg("'{text}' is not a date; write 2025-12-18, 18/12/2025, 12/2025 or 2025", text=text))


def _source(row: Row) -> SourceRef:
    document = row.get("source")
    if not document:
        raise _Refused("source", msg("the source is empty; name the outlet and article, or the document"))
    if _REPOSITORY_FILE.search(document):
        raise _Refused(
            "source",
            msg(
                "'{text}' is a file, not a source a reader can look up; cite the outlet or document it cites",
                text=document,
            ),
        )
    day, published = _date(row.get("date"), "date") if row.get("date") else (None, None)
    also = tuple(a.strip() for a in row.get("also").split(";") if a.strip())
    return SourceRef(document, day, published, row.get("url") or None, also, row.get("quote") or None)


def _check_kind(figure: Figure) -> None:
    """What each kind may hold: a target has units (or none), a result or projection a count, a
    percentage or an outcome, a note only its words."""
    if figure.kind == "note":
        if not figure.note:
            raise _Refused("note", msg("a note row needs its text in the note column"))
        return
    has_figure = figure.units is not None or figure.percent is not None or figure.outcome is not None
    if figure.kind in TARGET_KINDS:
        if figure.percent is not None or figure.outcome is not None or figure.partial:
            raise _Refused(
                "percent", msg("a target holds units only; a percentage, outcome or partial count is a reported row")
            )
        if figure.units is None and not figure.not_assigned:
            raise _Refused("units", msg("a target needs its units, or none when the source says none was assigned"))
        if figure.kind == "quota" and figure.decision and PROVINCIAL_DOCUMENT.search(figure.decision):
            raise _Refused(
                "kind",
                msg(
                    "{decision} is a provincial document: its figure is a goal, not a quota; write kind goal",
                    decision=figure.decision,
                ),
            )
        return
    if figure.not_assigned:
        raise _Refused("units", msg("none means a target not assigned; a {kind} row needs a figure", kind=figure.kind))
    if not has_figure:
        raise _Refused("units", msg("a {kind} row needs units, a percent or an outcome", kind=figure.kind))
    if figure.partial and figure.kind != "reported":
        raise _Refused("partial", msg("only a reported count can be partial"))
