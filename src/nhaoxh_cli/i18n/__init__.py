"""Vietnamese and English: every word a person reads, and how numbers and dates look.

Messages are keyed by their English text (as gettext does), so code reads
naturally: `t("Targets")`, `t("{name} — social housing forecast", name=...)`.
`VI` holds the Vietnamese of every key (its catalogues are read the first
time a message is shown in Vietnamese); tests/test_i18n.py finds every
`t("…")` in the source and fails when one has no translation. Machine
formats (JSON, CSV for scripts) never pass through here: they stay neutral.

The language: `--lang`, else $NHAOXH_LANG, else Vietnamese when the locale
(LC_ALL, LC_MESSAGES, LANG) is vi_*, else English.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator
from contextvars import ContextVar
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import TYPE_CHECKING

from ..values import frozen

LANGUAGES = ("en", "vi")
_language: ContextVar[str] = ContextVar("nhaoxh_language", default="en")


def default_language(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    chosen = env.get("NHAOXH_LANG", "").lower()
    if chosen in LANGUAGES:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


_chosen: ContextVar[bool] = ContextVar("nhaoxh_language_chosen", default=False)


def set_language(language: str, *, chosen: bool = False) -> None:
    """Set the language; `chosen` when a person asked for it (--lang, $NHAOXH_LANG), not the locale."""
    _language.set(language if language in LANGUAGES else "en")
    _chosen.set(chosen)


def spreadsheet_csv() -> bool:
    """CSV for a Vietnamese spreadsheet (semicolons, decimal commas, a BOM) only when asked for by name:
    a Vietnamese locale alone keeps CSV neutral for scripts."""
    return _language.get() == "vi" and _chosen.get()


def language() -> str:
    return _language.get()


@contextlib.contextmanager
def using(chosen_language: str) -> Iterator[None]:
    """Words in `chosen_language` within the block, the previous language after it."""
    token = _language.set(chosen_language)
    try:
        yield
    finally:
        _language.reset(token)


def plural(count: int, one: str, many: str, /, **values: object) -> str:
    """`one` or `many` by the count, translated, with {count} filled (Vietnamese has one form)."""
    return t(one if count == 1 else many, count=count, **values)


def N_(english: str, /) -> str:
    """Marks a message to translate where it is defined (a table header, a template) and returns
    it as it is: `t()` translates it where it is shown. tests/test_i18n.py finds both."""
    return english


def t(english: str, /, **values: object) -> str:
    """The message in the current language, with `values` filled in."""
    text = vietnamese().get(english, english) if language() == "vi" else english
    return text.format(**values) if values else text


@frozen
class Text:
    """A message translated when it is shown, not when it is made: the checks run before anyone
    chooses how to show their findings (in a worker process, for JSON, for a person in Vietnamese).
    `str()` is the English (JSON and GitHub output stay neutral); `shown()` the current language.

    Values are given as they are, never formatted beforehand: an int is a count and is written
    the reader's way (6,571 in English, 6.571 in Vietnamese), a Decimal or Fraction (a share, a
    tolerance) with at most two decimals (78.9 / 78,9), a float (a number as YAML read it) with
    all its digits (4.017 / 4,017), a date as the reader writes one (31 Dec 2024 / 31/12/2024; ISO in
    `str()`); a value that only names something (a year, a line, an id) is given as text. A value
    may be a Text itself ("the plan")."""

    template: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return self.template.format(**{name: _shown(value, english=True) for name, value in self.values})

    def shown(self) -> str:
        return t(self.template, **{name: _shown(value) for name, value in self.values})


def _shown(value: object, *, english: bool = False) -> object:
    """A value as the reader reads it (in English when `english`: JSON and GitHub output)."""
    if isinstance(value, Text):
        return str(value) if english else value.shown()
    if isinstance(value, dt.date):
        return value.isoformat() if english else date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if english else number(value)
    if isinstance(value, float):  # a number as YAML read it (4.017): all its digits, the reader's decimal mark
        text = float.__repr__(value)
        return text.replace(".", ",") if not english and language() == "vi" else text
    if isinstance(value, (Decimal, Fraction)):
        rounded = Decimal(value.numerator) / Decimal(value.denominator) if isinstance(value, Fraction) else value
        if not rounded.is_finite():
            return str(rounded)
        rounded = rounded.quantize(Decimal("0.01")).normalize()
        places = max(0, -int(rounded.as_tuple().exponent))
        return f"{rounded:,.{places}f}" if english else decimal(float(rounded), places)
    return value if english else str(value)


def msg(english: str, /, **values: object) -> Text:
    """A message to translate when shown: `msg("unknown key '{key}'", key=key)`."""
    return Text(english, tuple(values.items()))


def number(value: int) -> str:
    """15540 → "15,540" in English, "15.540" in Vietnamese."""
    text = f"{value:,}"
    return text.replace(",", ".") if language() == "vi" else text


def decimal(value: float, places: int = 1) -> str:
    text = f"{value:,.{places}f}"
    if language() == "vi":
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def date(value: dt.date) -> str:
    """15/01/2024 in Vietnamese, 15 Jan 2024 in English."""
    return f"{value:%d/%m/%Y}" if language() == "vi" else f"{value.day} {value:%b %Y}"


def iso_date(text: str | None) -> str:
    """A date as a source writes it in a plan ("2025-12-18", "2025-12", "2025") for a reader:
    18/12/2025 or 12/2025 in Vietnamese, 18 Dec 2025 or Dec 2025 in English."""
    if not text:
        return "—"
    parts = text.split("-")
    try:
        if len(parts) == 3:
            return date(dt.date.fromisoformat(text))
        if len(parts) == 2:
            month = dt.date(int(parts[0]), int(parts[1]), 1)
            return f"{month:%m/%Y}" if language() == "vi" else f"{month:%b %Y}"
    except ValueError:
        pass
    return text


def units(value: int | None) -> str:
    """15,540 in English, 15.540 in Vietnamese; — for unknown."""
    return "—" if value is None else number(value)


def signed(value: int | None) -> str:
    """+140 / −1,234; — for unknown."""
    return "—" if value is None else ("+" if value >= 0 else "−") + number(abs(value))


def percent(ratio: float | None, places: int = 1) -> str:
    """A ratio as a percentage: 100.9% in English, 100,9% in Vietnamese; — for unknown."""
    return "—" if ratio is None else decimal(ratio * 100, places) + "%"


@cache
def vietnamese() -> dict[str, str]:
    """The Vietnamese of every message, keyed by its English text; one file per area of the tool.
    Read the first time it is needed: a run in English never imports it."""
    from .vi_cli import VI as cli
    from .vi_extract import VI as extract
    from .vi_findings import VI as findings
    from .vi_help import VI as help_
    from .vi_html import VI as html
    from .vi_import import VI as import_
    from .vi_views import VI as views

    return {**html, **views, **cli, **help_, **findings, **extract, **import_}


if TYPE_CHECKING:
    #: `vietnamese()`, as a name to import (`from nhaoxh_cli.i18n import VI`).
    VI: dict[str, str]


def __getattr__(name: str) -> object:
    if name == "VI":
        return vietnamese()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
