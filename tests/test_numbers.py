"""Vietnamese number reading: 4.017 is four thousand and seventeen."""

from __future__ import annotations

from decimal import Decimal

import pytest

from nhaoxh_cli.numbers import NumberError, parse_share, parse_units, share_of


@pytest.mark.parametrize(
    ("value", "units"),
    [(4017, 4017), ("4.017", 4017), ("4017", 4017), ("1.062.200", 1062200), (" 485 ", 485), ("0", 0)],
)
def test_units(value: object, units: int) -> None:
    assert parse_units(value) == units


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (4.017, "NX104"),
        ("4,017", "NX104"),
        ("40.17", "NX104"),
        (True, "NX108"),
        (float("nan"), "NX107"),
        ([1], "NX103"),
    ],
)
def test_units_refused(value: object, code: str) -> None:
    with pytest.raises(NumberError) as error:
        parse_units(value)
    assert error.value.code == code


def test_float_trap_message_explains_the_reading() -> None:
    with pytest.raises(NumberError) as error:
        parse_units(4.017, raw="4.017")
    assert "4017" in error.value.message and "decimal" in error.value.message


@pytest.mark.parametrize(
    ("value", "share"),
    [
        (60, Decimal(60)),
        ("60%", Decimal(60)),
        ("100,9%", Decimal("100.9")),
        (60.5, Decimal("60.5")),
        ("45 %", Decimal(45)),
    ],
)
def test_share(value: object, share: Decimal) -> None:
    assert parse_share(value) == share


@pytest.mark.parametrize(
    ("share", "units", "expected"),
    [(Decimal(60), 6570, 3942), (Decimal(50), 1001, 501), (Decimal(50), 1003, 502), (Decimal("12.5"), 4, 1)],
)
def test_share_of_rounds_half_up(share: Decimal, units: int, expected: int) -> None:
    assert share_of(share, units) == expected
