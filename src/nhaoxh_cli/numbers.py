"""Reading figures written the Vietnamese way.

Vietnamese documents group thousands with a dot and mark decimals with a
comma: "4.017" is four thousand and seventeen, "100,9%" is a hundred point
nine percent. YAML reads an unquoted 4.017 as the decimal number 4.017, so a
units field accepts a whole number (4017) or quoted text ("4.017"), and
refuses a decimal number instead of silently reading four units. YAML 1.1
also reads `1:30` (base 60), `0x1F`, `017` (octal) and `1_000` as numbers:
a figure refuses those too (NX115), however YAML read them.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .i18n import Text, msg

_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_PLAIN = re.compile(r"^\d+$")
_PERCENT = re.compile(r"^(\d+(?:[.,]\d+)?)\s*%?$")
#: How a document writes a whole number: YAML read anything else through its 1.1 number forms.
_DIGITS = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")


class NumberError(ValueError):
    """A figure that cannot be read; `code` names the problem (see findings)."""

    def __init__(self, code: str, text: Text) -> None:
        super().__init__(str(text))
        self.code = code
        self.text = text  # translated when shown

    @property
    def message(self) -> str:
        """In English."""
        return str(self.text)


def parse_units(value: object, raw: str | None = None) -> int:
    """A count of dwelling units (căn) from an int or Vietnamese-style text.

    `raw` is the text as written in the file, used to explain YAML's reading.
    """
    shown = raw if raw is not None else repr(value)
    if isinstance(value, bool):
        raise NumberError("NX108", msg("{shown} is read by YAML as a yes/no value, not a number of units", shown=shown))
    if isinstance(value, int):
        _refuse_yaml11_forms(value, raw)
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise NumberError("NX107", msg("{shown} is not a number of units", shown=shown))
        _refuse_yaml11_forms(value, raw)
        raise NumberError(
            "NX104",
            msg(
                "`{shown}` is read by YAML as the decimal number {value}, not a whole number of units; if the "
                "source means {meant} units, write it without the dot or in quotes the Vietnamese way",
                shown=shown,
                value=float(value),
                meant=_as_thousands(raw, value),
            ),
        )
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", " ").replace(" ", "")
        negative = text.startswith("-")
        digits = text[1:] if negative else text
        if _GROUPED.match(digits) or _PLAIN.match(digits):
            number = int(digits.replace(".", ""))
            return -number if negative else number
        raise NumberError(
            "NX104",
            msg(
                '{value} is not a whole number of units; write 4017 or "4.017" (a dot groups thousands, as in the '
                "decision)",
                value=repr(value),
            ),
        )
    raise NumberError("NX103", msg("{shown} is not a number of units", shown=shown))


def _as_thousands(raw: str | None, value: float) -> Text:
    """The grouped reading of a float YAML took for a decimal, for the hint."""
    text = (raw or repr(value)).strip()
    if _GROUPED.match(text):
        return msg('{units} ("{written}")', units=int(text.replace(".", "")), written=text)
    return msg("a whole number")


def _refuse_yaml11_forms(value: float, raw: str | None) -> None:
    """NX115 for a number YAML 1.1 read from a form no document writes a figure in."""
    if raw is None:
        return
    digits = raw.strip().lstrip("+-")
    if isinstance(value, int) and _DIGITS.fullmatch(raw.strip()):
        return
    if isinstance(value, float) and "_" not in digits and ":" not in digits:
        return
    if ":" in digits:
        reading = msg("a number in base 60")
    elif digits[:2].lower() == "0x":
        reading = msg("a number in base 16")
    elif digits[:2].lower() == "0b":
        reading = msg("a number in base 2")
    elif isinstance(value, int) and digits.startswith("0"):
        reading = msg("a number in base 8")
    else:
        reading = msg("its _ left out")
    raise NumberError(
        "NX115",
        msg(
            "`{raw}` is read by YAML 1.1 as {value} ({reading}), not as the figure it seems to be",
            raw=raw,
            value=value,
            reading=reading,
        ),
    )


def parse_share(value: object, raw: str | None = None, *, noun: Text | None = None) -> Decimal:
    """A share in percent (0–100) from 60, 60.5, "60%", "60,5%" or "100,9%"; `noun` names what is read
    in messages (default: a share)."""
    shown = raw if raw is not None else repr(value)
    noun = noun or msg("a share")
    if isinstance(value, bool):
        raise NumberError("NX108", msg("{shown} is read by YAML as a yes/no value, not {noun}", shown=shown, noun=noun))
    if isinstance(value, int):
        _refuse_yaml11_forms(value, raw)
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise NumberError("NX107", msg("{shown} is not {noun}", shown=shown, noun=noun))
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise NumberError("NX107", msg("{shown} is not {noun}", shown=shown, noun=noun))
        _refuse_yaml11_forms(value, raw)
        return Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip()
        negative = text.startswith("-")
        match = _PERCENT.match(text[1:] if negative else text)
        if match:
            number = Decimal(match.group(1).replace(",", "."))
            return -number if negative else number
        raise NumberError(
            "NX103",
            msg('{value} is not {noun}; write a percentage such as 60% or "60,5%"', value=repr(value), noun=noun),
        )
    raise NumberError("NX103", msg("{shown} is not {noun}", shown=shown, noun=noun))


def share_of(share_percent: Decimal, units: int) -> int:
    """round(share × units), halves rounded up (SPEC.md, "The calculation")."""
    try:
        exact = share_percent * units / Decimal(100)
    except InvalidOperation as error:  # pragma: no cover - Decimal of finite inputs
        raise NumberError("NX107", msg("cannot compute a share: {error}", error=str(error))) from error
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
