"""Reading figures written the Vietnamese way.

Vietnamese documents group thousands with a dot and mark decimals with a
comma: "4.017" is four thousand and seventeen, "100,9%" is a hundred point
nine percent. YAML reads an unquoted 4.017 as the decimal number 4.017, so a
units field accepts a whole number (4017) or quoted text ("4.017"), and
refuses a decimal number instead of silently reading four units.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
_PLAIN = re.compile(r"^\d+$")
_PERCENT = re.compile(r"^(\d+(?:[.,]\d+)?)\s*%?$")


class NumberError(ValueError):
    """A figure that cannot be read; `code` names the problem (see findings)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def parse_units(value: object, raw: str | None = None) -> int:
    """A count of dwelling units (căn) from an int or Vietnamese-style text.

    `raw` is the text as written in the file, used to explain YAML's reading.
    """
    shown = raw if raw is not None else repr(value)
    if isinstance(value, bool):
        raise NumberError("NX108", f"{shown} is read by YAML as a yes/no value, not a number of units")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise NumberError("NX107", f"{shown} is not a number of units")
        raise NumberError(
            "NX104",
            f"{shown} is read by YAML as the decimal number {value!r}, not a whole number of units; "
            f"if the source means {_as_thousands(raw, value)} units, write it without the dot "
            f"or in quotes the Vietnamese way",
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
            f'{value!r} is not a whole number of units; write 4017 or "4.017" '
            "(a dot groups thousands, as in the decision)",
        )
    raise NumberError("NX103", f"{shown} is not a number of units")


def _as_thousands(raw: str | None, value: float) -> str:
    """The grouped reading of a float YAML took for a decimal, for the hint."""
    text = (raw or repr(value)).strip()
    if _GROUPED.match(text):
        return f'{int(text.replace(".", ""))} ("{text}")'
    return "a whole number"


def parse_share(value: object, raw: str | None = None) -> Decimal:
    """A share in percent (0–100) from 60, 60.5, "60%", "60,5%" or "100,9%"."""
    shown = raw if raw is not None else repr(value)
    if isinstance(value, bool):
        raise NumberError("NX108", f"{shown} is read by YAML as a yes/no value, not a share")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise NumberError("NX107", f"{shown} is not a share")
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise NumberError("NX107", f"{shown} is not a share")
        return Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip()
        negative = text.startswith("-")
        match = _PERCENT.match(text[1:] if negative else text)
        if match:
            number = Decimal(match.group(1).replace(",", "."))
            return -number if negative else number
        raise NumberError("NX103", f'{value!r} is not a share; write a percentage such as 60% or "60,5%"')
    raise NumberError("NX103", f"{shown} is not a share")


def share_of(share_percent: Decimal, units: int) -> int:
    """round(share × units), halves rounded up (SPEC.md, "The calculation")."""
    try:
        exact = share_percent * units / Decimal(100)
    except InvalidOperation as error:  # pragma: no cover - Decimal of finite inputs
        raise NumberError("NX107", str(error)) from error
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))
