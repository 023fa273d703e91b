"""Vietnamese number reading: 4.017 is four thousand and seventeen."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
import yaml

from nhaoxh_cli.i18n import msg, set_language
from nhaoxh_cli.loader.yamlnodes import RawFloat, RawInt
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
    assert error.value.message == (
        "`4.017` is read by YAML as the decimal number 4.017, not a whole number of units; if the source means "
        '4,017 ("4.017") units, write it without the dot or in quotes the Vietnamese way'
    )
    set_language("vi")
    try:
        shown = error.value.text.shown()
    finally:
        set_language("en")
    assert shown.startswith("YAML đọc `4.017` thành số thập phân 4,017, không phải số căn nguyên; nếu văn bản muốn")
    assert 'nói 4.017 ("4.017") căn' in shown


@pytest.mark.parametrize(
    ("raw", "reading"),
    [
        ("1:2:3", "3,723 (a number in base 60)"),
        ("0x1F", "31 (a number in base 16)"),
        ("0b101", "5 (a number in base 2)"),
        ("017", "15 (a number in base 8)"),
        ("1_000", "1,000 (its _ left out)"),
        ("-0x1F", "-31 (a number in base 16)"),
    ],
)
def test_yaml11_integer_forms_are_refused_as_figures(raw: str, reading: str) -> None:
    """What YAML 1.1 reads from these is a number, but not the figure a document writes (NX115)."""
    value = yaml.safe_load(f"v: {raw}")["v"]
    for parse in (parse_units, parse_share):
        with pytest.raises(NumberError) as error:
            parse(RawInt(value, raw), raw)
        assert error.value.code == "NX115"
        assert error.value.message == f"`{raw}` is read by YAML 1.1 as {reading}, not as the figure it seems to be"


@pytest.mark.parametrize("raw", ["1:30.5", "1_000.5"])
def test_yaml11_float_forms_are_refused_as_shares(raw: str) -> None:
    value = yaml.safe_load(f"v: {raw}")["v"]
    with pytest.raises(NumberError) as error:
        parse_share(RawFloat(value, raw), raw)
    assert error.value.code == "NX115"


@pytest.mark.parametrize("raw", ["0", "7", "2000", "+5", "-5"])
def test_plain_digits_are_figures(raw: str) -> None:
    assert parse_units(int(raw), raw) == int(raw)
    assert parse_share(int(raw), raw) == Decimal(int(raw))


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


def test_messages_show_numbers_the_readers_way() -> None:
    """A message holds numbers, not text made of them: str() is English (JSON, GitHub), shown() the
    reader's language; a year or a line is passed as text and stays as it is."""
    text = msg(
        "{units} units, {share}%, ±{tolerance}, {read}, in {year}, {nested}",
        units=6571,
        share=Decimal(1817) * 100 / Decimal(2303),
        tolerance=Decimal("0.5"),
        read=4.017,
        year="2025",
        nested=msg("{total} in all", total=1062200),
    )
    assert str(text) == "6,571 units, 78.9%, ±0.5, 4.017, in 2025, 1,062,200 in all"
    set_language("vi")
    try:
        assert text.shown() == "6.571 units, 78,9%, ±0,5, 4,017, in 2025, 1.062.200 in all"
    finally:
        set_language("en")
    assert str(msg("{a} {b} {c}", a=True, b=Fraction(1, 3), c=Decimal(80))) == "True 0.33 80"
