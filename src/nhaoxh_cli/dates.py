"""A date as a person or a script gives it: a `datetime.date`, ISO text "YYYY-MM-DD", or the
day first as Vietnamese documents and people write it, "DD/MM/YYYY" (also with "-" or ".").

One reading for the command line (--as-of, --date) and the Python API (`as_of=`, `date=`), so
both refuse the same text with the same words: text in neither form is `bad_date`; text written
so but naming no day of the calendar (2026-02-30, 30/02/2026, 2026-13-01) says why
(`no_such_day`, `no_such_month`) rather than asking for a format it already has.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .errors import UsageError

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
#: The day first: 31/12/2025, 1/7/2025, 31-12-2025, 31.12.2025 (never a two-digit year).
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")


def parse_date(value: dt.date | str | None, option: str | None = None) -> dt.date | None:
    """`value` as a date (None stays None); a UsageError naming `option` (e.g. "--as-of") when it is not one.

    >>> parse_date("2026-11-26"), parse_date("26/11/2026"), parse_date(dt.date(2026, 11, 26))
    (datetime.date(2026, 11, 26), datetime.date(2026, 11, 26), datetime.date(2026, 11, 26))
    >>> parse_date("2026-02-30")
    Traceback (most recent call last):
    nhaoxh_cli.errors.UsageError: 2026-02-30 is not a date: February 2026 has 28 days
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    where = {"option": option} if option else {}
    text = value.strip() if isinstance(value, str) else str(value)
    match = _ISO.fullmatch(text) if isinstance(value, str) else None
    day_first = _DAY_FIRST.fullmatch(text) if isinstance(value, str) and match is None else None
    if match is not None:
        year, month, day = (int(part) for part in match.groups())
    elif day_first is not None:
        day, month, year = int(day_first.group(1)), int(day_first.group(3)), int(day_first.group(4))
    else:
        raise UsageError("bad_date", value=text, **where)
    if year < dt.MINYEAR:
        raise UsageError("bad_date", value=text, **where)
    if not 1 <= month <= 12:
        raise UsageError("no_such_month", value=text, month=month, **where)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise UsageError("no_such_day", value=text, year=year, month=month, days=days, **where)
    return dt.date(year, month, day)
