"""Every message `extract` can say, by code, in English; the Vietnamese is in `i18n/vi_extract.py`.

A `Note` carries a code and values; `say(note)` renders it in the current
language through `nhaoxh_cli.i18n.t`. Reason codes (why a figure was not
placed) are stable: scripts and the benchmark read them.
"""

from __future__ import annotations

from ..i18n import N_, t
from .result import Note

#: Why a figure seen in the text was not placed in the draft.
REASONS: dict[str, str] = {
    "period_unclear": "no period or year in the words around it",
    "kind_unclear": "the words around it do not say what it is (a target, completed units, a stage)",
    "other_province": "about {unit}, not {province}",
    "province_not_chosen": "about {unit}, and the draft's province is not known: give --province",
    "national_figure": "a figure for the whole country",
    "province_unclear": "the words around it name no province, and the text is about several",
    "not_social_housing": "not social housing ({words})",
    "sub_area": "about one area inside the province ({words})",
    "single_project": "one project's units, not a stage's total",
    "expected_completion": "a projected completion (dự kiến hoàn thành): not drafted (a plan's expected: may hold it)",
    "difference": "a difference or comparison ({words}), not a figure of its own",
    "part_of_total": "a part of the {total} on line {line}",
    "repeated": "the same figure as the one placed from line {line}",
    "cut_off": "a table cell cut off ({cell})",
    "money": "an amount of money ({amount} billion đồng), not units",
    "households": "households, not social housing units",
    "share": "a share, not units",
    "milestone": "a construction milestone ({words}), not completed units",
    "stage_taken": "the stage {stage} already holds the figure of line {line}",
    "date_unknown": "a count to date, and the document's date is unknown (give --date)",
    "no_forecast_period": "a stage's delivery with no forecast period heading before it",
    "stage_unclear": "the stage's wording is not one nhaoxh knows",
    "not_units": "not a count of units ({words})",
}

#: What a person should check, what they must fill, and how a choice was made.
NOTES: dict[str, str] = {
    "province_option": "--province {name}",
    "province_issuer": "the issuer ({words})",
    "province_named": "the text ({words})",
    "province_unknown": "province: the text names no province nhaoxh knows; give --province or fill slug and name",
    "province_several": "province: the text is about several provinces ({names}); give --province",
    "province_is": "province: {name} from {how}",
    "date_option": "--date",
    "date_place": "the place and date line (line {line})",
    "date_attached": "the attached decision's reference (line {line})",
    "date_dateline": "the dateline (line {line})",
    "date_opening": "the day a paragraph opens with (line {line}); check it is the document's",
    "date_opening_check": "sources: date {date}, the day line {line} opens with; check it is the document's",
    "date_issued": "the date the reported document was issued (line {line})",
    "date_none": "not found",
    "date_missing": "sources: the document's date was not found; give --date, or fill it",
    "number_missing": "sources: the document's number was not found",
    "before_merger": (
        'a figure of a unit as it was before the 2025 merger ("{words}"): whose, and for which years, is '
        "the reader's to say"
    ),
    "name_missing": "sources: the document's name was not found (no number, no title): write its outlet and title",
    "territory_current": "the current unit",
    "territory_former": "territory: {territory}: the document ({date}) predates the merger of {merger}, "
    "so its figures cover the former unit",
    "territory_guess": "territory: {territory}: the document's date is unknown, so nhaoxh took {why}; check",
    "territory_former_names": "the former unit it names",
    "territory_current_names": "the current unit",
    "periods": "periods: {mapping}",
    "to_programme": 'line {line}: "{words}" read as the programme\'s whole span 2021–2030 (period total)',
    "under_as_about": 'line {line}: "gần" (nearly) has no qualifier in the plan format; written as about',
    "relative_year": 'line {line}: "{words}" read as {year} from the document\'s date',
    "stage_guess": 'line {line}: "{words}" names no stage; placed under {stage}',
    "no_field": "line {line}: {what} has no field in the plan format; kept in a comment",
    "header_number": "the header's number {header} differs from {attached} (line {line})",
    "struck": 'line {line} holds struck-through text "~~{words}~~", left out',
    "list_item": "its kind from the list's lead-in",
    "ranking": "its kind and period from the article's opening (a ranking of allocations)",
    "topic": "its period from the article's opening",
    "reached_of": "line {at}: {figure} — X/Y căn, đạt {share}%: Y is the target measured against, X the total stated",
    "before_merger_former": 'line {at}: {figure} — said of the unit as it was ("{words}"): the former unit\'s figure',
    "month_of_year": "line {line}: {figure} — a count to date; its year from the target it is measured against",
    "paragraph_year": "line {line}: {figure} — its year ({year}) from the opening of its paragraph",
    "total_of_parts": 'line {at}: {figure} — a total: the sentence after it, opening with "Trong đó", gives its parts',
    "quota_part": 'line {at}: {figure} — part of the quota of line {line} (the next sentence, opening with "Trong đó")',
    "programme_period": "line {at}: {figure} — its period from the national programme the text names ({words})",
    "of_target": "its years from the target it is a part of (N/M căn)",
    "span_of_parts": "its years from the listed parts that add up to it",
}

#: Problems a person can fix (`inputs.ExtractError`: exit 2).
ERRORS: dict[str, str] = {
    "unreadable": "cannot read {file}: {error}",
    "no_such_file": "{file} does not exist: check the path",
    "a_folder": "{file} is a folder: give one document (a .txt, .md, .html, .docx or .pdf file)",
    "not_allowed": "{file} cannot be read: permission denied",
    "too_large": "{file} is larger than {limit} bytes, the limit for a document",
    "not_a_file": "{file} is a device or a socket, not a document; give the path of a file",
    "not_text": "{file} is not text nhaoxh can read (UTF-8, UTF-16 or Windows-1258): {why}",
    "scanned_pdf": "{file} is a PDF without a text layer (a scan?): run OCR on it first "
    "(for example ocrmypdf), or copy its text into a .txt file",
    "missing_extra": "reading {kind} files needs {package}: pip install 'nhaoxh-cli[{extra}]'",
    "unsupported": "{file}: {kind} files are not read; give a .txt, .md, .html, .docx or .pdf file",
    "broken": "{file}: cannot read this {kind} file ({error})",
    "unknown_province": "--province {province}: no such province (see `nhaoxh provinces`)",
}

MESSAGES: dict[str, str] = {**REASONS, **NOTES, **ERRORS}


class _Values(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


#: A qualifier's words, as the draft's comments give them.
QUALIFIER_WORDS = {"about": N_("roughly"), "above": N_("more than"), "under": N_("nearly"), "at_least": N_("at least")}

#: What a snapshot holds ("completed", "total"), named where a stage's key would be.
_PARTS = {"completed": N_("completed"), "total": N_("total")}


def stage_name(value: str) -> str:
    """A stage's YAML key as the reader sees it: the key itself in English (it names the field to edit),
    the Vietnamese term with the key in Vietnamese ("đang chọn chủ đầu tư (selecting_investor)")."""
    from ..domain import Stage
    from ..i18n import language

    if value in _PARTS:
        return t(_PARTS[value])
    if language() != "vi" or value not in set(Stage):
        return value
    return f"{Stage(value).vietnamese} ({value})"


def say(note: Note) -> str:
    """The note in the current language (`nhaoxh_cli.i18n.set_language`); a value it lacks shows as "?".
    An amount of money is written the reader's way (120,000 / 120.000; 1,250.5 / 1.250,5); a stage by
    its Vietnamese term in Vietnamese."""
    values = _Values(note.values)
    if "amount" in values:
        values["amount"] = _amount(str(values["amount"]))
    if "stage" in values:
        values["stage"] = stage_name(str(values["stage"]))
    return t(MESSAGES.get(note.code, note.code)).format_map(values)


def _amount(text: str) -> str:
    from decimal import Decimal, InvalidOperation

    from ..i18n import decimal

    try:
        value = Decimal(text)
    except InvalidOperation:
        return text
    places = max(0, -int(value.as_tuple().exponent))
    return decimal(float(value), places)
