"""Notes worded for a reader: each NoteCode's English template, translated by the catalogue
(nhaoxh_cli.i18n), with its numbers, percentages and dates in the reader's format.

A parameter named `units`, `delivered`, `projected` … is a count of units; `ratio` is a ratio
(shown as a percentage); `date`/`as_of` a date as a plan writes it.
"""

from __future__ import annotations

import re

from ..i18n import N_, decimal, iso_date, number, percent, t
from ..results.common import Note, NoteCode, Params
from .words import kind as words_kind
from .words import place, qualified, years

TEMPLATES: dict[NoteCode, str] = {
    NoteCode.PERIOD_OVER_UNREPORTED: N_(
        "period over; reports cover {first}–{reported_to} ({delivered}); the {plan_year} plan projected {projected}"
    ),
    NoteCode.PERIOD_OVER_NO_REPORT: N_(
        "period over; nothing reported for {years}; the {plan_year} plan projected {projected}"
    ),
    NoteCode.REACHED_EARLY: N_("already reached: {delivered} reported to {to}"),
    NoteCode.NO_PROJECTION: N_("the plan projects nothing for {years}"),
    NoteCode.TARGET_UNITS_UNKNOWN: N_("the target's units are unknown: {how}"),
    NoteCode.NOT_ASSIGNED: N_("no target assigned for {years}"),
    NoteCode.REPORTED_AS_PERCENT: N_("reported as {percent} of the target; {units} units derived from it"),
    NoteCode.TARGET_IMPLIED: N_("no source gives the number of the {years} target; the result is reported against it"),
    NoteCode.SUPERSEDED: N_("replaced by {decision} ({units})"),
    NoteCode.MERGED_BEFORE_END: N_(
        "the unit ended with the merger of {date}: its targets for later years passed to today's unit; "
        "its plan projected {projected}"
    ),
    NoteCode.REPORTED_OUTCOME_ONLY: N_("reported only as {outcome}, without a count"),
    NoteCode.PARTIAL_REPORT: N_("{units} reported so far (as of {as_of})"),
    NoteCode.EXPECTED_BY_SOURCE: N_("the source expected {units} ({ratio}) as of {as_of}"),
    NoteCode.COMPUTED_TARGET: N_("target computed as {how}"),
    NoteCode.DERIVED_FIGURE: N_("derived: {how}"),  # see DERIVED for the target's or the result's
    NoteCode.MERGED_INTO: N_("{former} merged into {unit} on {date} (Nghị quyết 202/2025/QH15): showing {unit}'s plan"),
    NoteCode.PART_OF_CURRENT: N_("part of today's {unit}: its own figures, never compared with {unit}'s targets"),
    NoteCode.NO_PIPELINE: N_("no baseline or pipeline: the plan projects nothing here"),
    NoteCode.NO_OTHER_BASIS: N_(
        "--scenario and --simulate have nothing to work on here: the plan has no baseline or pipeline to project"
    ),
    NoteCode.PLAN_DATED: N_("the plan's deliveries for {period} start in {year}, the year of its document"),
    NoteCode.SOURCE_DISAGREES: N_("{source} ({date}) reports {units} ({percent})"),
}

#: What a derived figure is.
DERIVED = {
    "target": N_("target derived by the plan: {how}"),
    "result": N_("result derived from a percentage: {how}"),
}

#: Another source's figure, by what it gives.
DISAGREES = {
    "units": N_("{source} ({date}) reports {units}"),
    "percent": N_("{source} ({date}) reports {percent}"),
}

#: A percentage of a target whose units are unknown: no count can be derived.
PERCENT_ONLY = N_("reported as {percent} of the target")

#: A period over with only counts so far (no final result for any of its years).
OVER_SO_FAR = N_(
    "period over; no final result reported, only a count so far; the {plan_year} plan projected {projected}"
)
OVER_SO_FAR_WITHOUT_PROJECTION = N_("period over; no final result reported, only a count so far")

#: A count so far given as a percentage of the target.
PARTIAL_PERCENT = N_("{percent} of the target reported so far (as of {as_of})")

#: The same notes when the plan projected nothing for the years (`projected` is None).
WITHOUT_PROJECTION: dict[NoteCode, str] = {
    NoteCode.PERIOD_OVER_UNREPORTED: N_("period over; reports cover {first}–{reported_to} ({delivered})"),
    NoteCode.PERIOD_OVER_NO_REPORT: N_("period over; nothing reported for {years}"),
    NoteCode.MERGED_BEFORE_END: N_(
        "the unit ended with the merger of {date}: its targets for later years passed to today's unit"
    ),
}

_UNITS = {"units", "delivered", "projected", "other"}
_DATES = {"date", "as_of"}
_PLACES = {"unit", "former"}
_YEARS = {"years", "period"}


def _shown(name: str, value: int | float | str | None) -> str:
    if value is None:
        return "—"
    if name == "ratio" and isinstance(value, (int, float)):
        return percent(float(value))
    if name == "percent" and isinstance(value, (int, float)):
        return percent(float(value) / 100, 0 if float(value).is_integer() else 1)
    if name in _UNITS and isinstance(value, int):
        return number(value)
    if name in _DATES and isinstance(value, str):
        return iso_date(value)
    if name in _YEARS and isinstance(value, str):
        return value.replace("-", "–")  # 2021–2025, as everywhere
    if name in _PLACES and isinstance(value, str):
        return place(value)
    if name == "source" and isinstance(value, str):
        return outlet(value)
    if name == "outcome" and isinstance(value, str):
        return t({"met": N_("met"), "missed": N_("missed")}.get(value, value))
    return str(value)


def how(params: Params) -> str:
    """A computed target's share in the reader's words: "80% of the goal 2021–2025", or of the source's
    own words for what it is a share of, quoted ("80% of “số công nhân có nhu cầu…”"); "no units given"."""
    value = params.get("percent")
    if not isinstance(value, (int, float)):
        return t("no units given")
    kind, start, end, text = (params.get(k) for k in ("of_kind", "of_start", "of_end", "of_text"))
    if isinstance(kind, str):
        what = t("the {kind} {years}", kind=words_kind(kind), years=years(_int(start), _int(end)))
    elif isinstance(text, str) and text:
        what = f"“{text}”"  # the source's words, as written
    else:
        what = t("a figure the source does not give")
    share = percent(float(value) / 100, 0 if float(value).is_integer() else 1)
    return t("{share} of {what}", share=share, what=what)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


#: A number as a plan writes it, the Vietnamese way: "2.907", "48.700", "1,08", "17.588".
_PLAN_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,])|(?<![\d.,])\d+,\d+(?![\d.,])")


def formula(text: str) -> str:
    """A derivation the plan writes ("2.907 / 1,08 ≈ 2.690") with its numbers in the reader's
    format ("2,907 / 1.08 ≈ 2,690" in English); its symbols and words as written."""

    def shown(found: re.Match[str]) -> str:
        whole, _, fraction = found.group(0).partition(",")
        value = int(whole.replace(".", ""))
        if not fraction:
            return number(value)
        return decimal(float(f"{value}.{fraction}"), len(fraction))

    return _PLAN_NUMBER.sub(shown, text)


def outlet(document: str) -> str:
    """An outlet's name without its article's address ("SGGP" of "SGGP, en.sggp.org.vn/…"); a
    document's name as it is (117/QĐ-UBND)."""
    name, _, rest = document.partition(", ")
    return name if rest and "/" in rest and "." in rest.split("/")[0] else document


def words(code: NoteCode, params: Params) -> str:
    template = TEMPLATES[code]
    if code in WITHOUT_PROJECTION and params.get("projected") is None:
        template = WITHOUT_PROJECTION[code]
    if code is NoteCode.PARTIAL_REPORT and "percent" in params:
        template = PARTIAL_PERCENT
    if code is NoteCode.REPORTED_AS_PERCENT and params.get("units") is None:
        template = PERCENT_ONLY
    if code is NoteCode.PERIOD_OVER_UNREPORTED and params.get("reported_to") is None:
        template = OVER_SO_FAR if params.get("projected") is not None else OVER_SO_FAR_WITHOUT_PROJECTION
    if code is NoteCode.DERIVED_FIGURE:
        template = DERIVED.get(str(params.get("what")), template)
    if code is NoteCode.SOURCE_DISAGREES:
        if params.get("units") is None:
            template = DISAGREES["percent"]
        elif params.get("percent") is None:
            template = DISAGREES["units"]
    shown = {name: _shown(name, value) for name, value in params.items() if name != "projected_ratio"}
    text = params.get("how")
    if code in (NoteCode.TARGET_UNITS_UNKNOWN, NoteCode.COMPUTED_TARGET):
        shown = {"how": how(params)}  # the engine's share, worded here
    elif isinstance(text, str) and code is NoteCode.DERIVED_FIGURE:
        shown["how"] = formula(text)  # the plan's arithmetic, its numbers in the reader's format
    share = params.get("projected_ratio")
    if isinstance(share, float) and shown.get("projected", "—") != "—":
        shown["projected"] += t(" ({ratio} of the target)", ratio=percent(share))
    qualifier = params.get("qualifier")
    if isinstance(qualifier, str):  # the qualifier is the source's, of the figure it states
        by_percent = code is NoteCode.REPORTED_AS_PERCENT or params.get("units") is None
        stated = "percent" if by_percent else "units"
        if stated in shown:
            shown[stated] = qualified(shown[stated], qualifier)
    return t(template, **shown)


def note(item: Note) -> str:
    return words(item.code, item.params)
