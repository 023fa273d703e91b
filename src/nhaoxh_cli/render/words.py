"""The domain's words for a reader, in the current language: statuses, bases, stages, target
kinds, territories, sources, and the bar drawn beside a ratio. Defined once, used by every
renderer (numbers, percentages and dates come from nhaoxh_cli.i18n)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..domain import COMPLETED, Basis, Qualifier, Stage, Status, TargetKind
from ..i18n import N_, date, iso_date, language, percent, t, units
from ..loader.registry import FORMER, NATIONAL, default_registry, display_name
from ..results.common import Assessment, SourceRef, TargetRef

if TYPE_CHECKING:
    from ..results.report import Conflict, Figure

_STATUS = {
    Status.MET: N_("met"),
    Status.NEAR: N_("near"),
    Status.AT_RISK: N_("at risk"),
    Status.OFF_TRACK: N_("off track"),
    Status.NOT_MET: N_("not met"),
    Status.UNKNOWN: N_("unknown"),
}


def status(value: Status | str) -> str:
    """met / đạt, near / gần đạt, at risk / có nguy cơ, off track / chậm, not met / chưa đạt, unknown / chưa rõ."""
    return t(_STATUS[Status(value)])


def basis(assessment: Assessment) -> str:
    if assessment.basis is Basis.REPORTED:
        return t("reported, final") if assessment.final else t("reported")
    return {
        Basis.REPORTED_FORECAST: t("reported + plan"),
        Basis.FORECAST: t("plan's projection"),
        Basis.UNKNOWN: "—",
    }[assessment.basis]


def stage(key: str) -> str:
    """A pipeline stage's name ("nhóm dự án" in Vietnamese, never "giai đoạn", which is a period)."""
    if key == COMPLETED:
        return t("completed")
    return t(
        {
            Stage.STARTED: N_("construction started"),
            Stage.INVESTOR_SELECTED: N_("investor selected"),
            Stage.SELECTING_INVESTOR: N_("investor being selected"),
            Stage.OTHER: N_("other projects"),
            Stage.OLD_APARTMENT_RENOVATION: N_("old apartment renovation"),
        }[Stage(key)]
    )


def kind(value: TargetKind | str) -> str:
    return t({"quota": N_("quota"), "goal": N_("goal"), "demand": N_("demand")}[TargetKind(value).value])


def qualified(text: str, qualifier: Qualifier | str) -> str:
    """A figure as the source qualifies it: ~2,690 (about), ≥109% (at least), >4,600 (over),
    <50% (under, nearly)."""
    if text in ("—", ""):
        return text  # nothing to qualify: never "~—"
    prefix = {"about": "~", "at_least": "≥", "above": ">", "under": "<"}.get(Qualifier(qualifier).value, "")
    return prefix + text


#: The mark on a figure no source states as such: computed from another target, derived by the
#: plan, or a count derived from a reported percentage (the notes say how).
DERIVED_MARK = "*"


def derived(a: Assessment) -> bool:
    """Whether the result compared with the target is derived rather than stated."""
    return a.value_derived is not None or any(n.code.value == "reported_as_percent" for n in a.notes)


def target_figure(a: Assessment) -> str:
    """A target's units as the source states them: "~2,690*" (about, derived), ">4,200", or "not
    given" for a target no source numbers."""
    target = a.target
    if target.implied:
        return t("not given")
    text = qualified(units(target.units), target.qualifier)
    if target.units is not None and (target.computed or target.derived):
        text += DERIVED_MARK
    return text


def result_figure(a: Assessment) -> str:
    """What is compared with the target, as stated: ">4,600", "3,588*" (derived from 154%), "1,758 so
    far" while the years are not all reported, — when nothing is known."""
    if a.value is None:
        if a.delivered is not None and not a.final:
            return t("{units} so far", units=qualified(units(a.delivered), a.value_qualifier))
        return "—"
    text = qualified(units(a.value), a.value_qualifier)
    return text + (DERIVED_MARK if derived(a) else "")


def ratio_value(a: Assessment) -> float | None:
    """The share of the target as a number (for spreadsheets and CSV): the source's own percentage
    where it is the answer, else the exact ratio."""
    return a.stated_percent / 100 if a.stated_percent is not None else a.ratio


def ratio(a: Assessment) -> str:
    """The share of the target: the exact ratio of the counts (110.4%), or the source's own
    percentage when the counts are qualified or missing (112%, as stated)."""
    if a.stated_percent is not None:
        places = 0 if float(a.stated_percent).is_integer() else 1
        return percent(a.stated_percent / 100, places)
    return percent(a.ratio)


def figure(found: Figure | None) -> str:
    """A source's figure as it states it: "15,400", ">4,600 (112%)", "≥109%", — for none."""
    if found is None:
        return "—"
    places = 0 if found.percent is None or float(found.percent).is_integer() else 1
    share = None if found.percent is None else percent(found.percent / 100, places)
    if found.units is None:
        return qualified(share, found.qualifier) if share else "—"
    text = qualified(units(found.units), found.qualifier)
    return f"{text} ({share})" if share else text


def conflict_place(conflict: Conflict) -> str:
    """Where two sources disagree, as a reader names it: "Hải Phòng (before the 2025 merger)"."""
    return territory(conflict.name, conflict.role)


def conflict_what(conflict: Conflict) -> str:
    """What the sources disagree on: "quota 2026", "reported result 2021–2025" (kết quả 2021–2025)."""
    what = t("reported result") if conflict.kind == "reported" else kind(conflict.kind)
    return f"{what} {conflict.years.replace('-', '–')}"


def conflict_used_source(conflict: Conflict) -> str:
    if conflict.summed:
        return t("the reports of its years added up")
    return source(conflict.used_source) if conflict.used_source else "—"


def years(first: int | None, last: int | None) -> str:
    if first is None or last is None:
        return "—"
    return str(first) if first == last else f"{first}–{last}"


_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)


#: A document's name inside a label ("QĐ 444", "444/QĐ-TTg", "NQ 7"): Vietnamese letters, but not words.
_DOCUMENT = re.compile(r"\S*/\S*|\b(?:QĐ|NQ|TTg|UBND|HĐND|CP|QH\d*|KH|TB|CV)\b", re.I)


def in_reader_language(text: str) -> bool:
    """Whether the source's own words can be shown as they are: always in English (the words of a
    Vietnamese document are worth quoting); in Vietnamese, only words written in Vietnamese — a
    document's name ("QĐ 444 total") does not make English words Vietnamese."""
    return language() != "vi" or bool(_VIETNAMESE.search(_DOCUMENT.sub(" ", text)))


def snapshot_label(label: str | None, as_of: str) -> str:
    """A pipeline snapshot as a reader names it: the source's label when it is in the reader's language
    ("cuối năm 2024"), else its date ("12/2024" rather than "end of 2024" in Vietnamese)."""
    return label if label and in_reader_language(label) else iso_date(as_of)


def target_name(target: TargetRef) -> str:
    """A target as a reader names it: its kind and years, the source's own words when they are in the
    reader's language, and the document that set it (chỉ tiêu 2025 (444/QĐ-TTg))."""
    name = f"{kind(target.kind)} {years(target.start_year, target.end_year)}"
    if target.label and in_reader_language(target.label) and target.label not in name:
        name += f": {target.label}"
    if target.decision and target.decision not in name:
        name += f" ({target.decision})"
    return name


def source(ref: SourceRef | None) -> str:
    """ "117/QĐ-UBND ngày 15/01/2024, II.1.2, dòng 119": a document or outlet a person can look up."""
    if ref is None:
        return t("no source")
    text = ref.document
    if ref.date is not None:
        text += t(" of {date}", date=date(ref.date))
    elif ref.published:
        text += published(ref.published)
    if ref.section:
        text += f", {ref.section}"
    if ref.line is not None:
        text += ", " + t("line {line}", line=ref.line)
    if ref.via:
        text += f" ({ref.via})"
    return text


#: " of {date}" by how precisely a plan dates a source: Vietnamese puts "ngày" only before a day,
#: "tháng" before a month, "năm" before a year (never "ngày 09/2025").
_OF_DATE = {3: N_(" of {date}"), 2: N_(" of {month}"), 1: N_(" of {year}")}


def published(text: str) -> str:
    """When a source was published, as a plan dates it ("2025-12-18", "2025-12", "2025"): " of 18 Dec 2025",
    " of Dec 2025", " of 2025"; " ngày 18/12/2025", " tháng 12/2025", " năm 2025"."""
    shown = iso_date(text)
    if shown == text and not text.isdigit():  # not a date iso_date reads: as written, after "of"
        return t(" of {date}", date=shown)
    template = _OF_DATE.get(len(text.split("-")), _OF_DATE[3])
    return t(template, date=shown, month=shown, year=shown)


def bar(ratio: float | None, width: int = 10) -> str:
    """A text progress bar: filled to the ratio, a "+" past 100% — readable without colour."""
    if ratio is None:
        return "·" * width
    filled = min(width, round(ratio * width))
    return "█" * filled + "·" * (width - filled) + ("+" if ratio > 1 else "")


def place(name: str) -> str:
    """A unit's name as a reader writes it: the registry's name, except where the bare name reads as
    something else — "Hồ Chí Minh" is a person's name: "TP. Hồ Chí Minh", "Ho Chi Minh City"."""
    shown = display_name(name)
    return name if shown is None else t(shown)


#: A unit named in full, as a title names it: "Thành phố Hồ Chí Minh", "Tỉnh Cao Bằng" (English keeps
#: the name: the English of these is never shown).
_FULL = {"city": N_("the city of {name}"), "province": N_("the province of {name}")}


def full_place(slug: str, name: str) -> str:
    """A current unit's name in a title: "Thành phố Hồ Chí Minh", "Thành phố Hải Phòng", "Tỉnh Cao Bằng"
    in Vietnamese; "Ho Chi Minh City", "Hải Phòng" in English."""
    unit = default_registry().unit(slug)
    if unit is None or language() != "vi" or unit.name != name:
        return place(name)
    return t(_FULL[unit.kind], name=name)


def territory(name: str, role: str) -> str:
    """A territory's heading: "Hải Phòng", "Hải Dương (before the 2025 merger)"."""
    if role == "former":
        return t("{name} (before the 2025 merger)", name=place(name))
    return place(name)


def territory_id(territory_id: str) -> str:
    """A territory named by its id (vietnam, haiphong, former:haiphong), as a reader names it: "the whole
    country", "Hải Phòng", "Hải Phòng (before the 2025 merger)" — never the id itself."""
    registry = default_registry()
    if territory_id == NATIONAL:
        return t("the whole country")
    if territory_id.startswith(FORMER):
        former = registry.former_unit(territory_id[len(FORMER) :])
        return territory(former.name, "former") if former else territory_id
    unit = registry.unit(territory_id)
    return place(unit.name) if unit else territory_id


#: The scenarios every plan has, by what they assume (engine/alternatives.py).
_SCENARIOS = {"delayed": N_("a year late"), "pessimistic": N_("pessimistic")}


def scenario(name: str) -> str:
    """A scenario's name: the built-in ones in words ("a year late", "pessimistic"), a plan's own by its
    name, in quotes ('"fast"')."""
    words = _SCENARIOS.get(name)
    return t(words) if words else f'"{name}"'


def unit_kind(kind: str) -> str:
    """A provincial unit's kind: tỉnh (province) or thành phố (city)."""
    return t({"province": N_("province"), "city": N_("city")}.get(kind, kind))


def lack(what: str) -> str:
    """What a plan has none of: targets, pipeline, reported."""
    return t({"targets": N_("targets"), "pipeline": N_("pipeline"), "reported": N_("reports")}.get(what, what))
