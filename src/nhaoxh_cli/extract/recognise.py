"""The recurring Vietnamese phrasings of provincial decisions, as patterns.

Each recogniser reads one paragraph and returns the figures it can place,
with the span of text it used; what it cannot place stays in the paragraph
and is listed later as "seen but not placed". Nothing is guessed: a figure
is placed only where the wording says what it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..domain import Stage

NUM = r"\d{1,3}(?:\.\d{3})+|\d+"
_FLAGS = re.IGNORECASE

QUOTA_TOTAL = re.compile(rf"giao chỉ tiêu\b.{{0,80}}?hoàn thành(?: xây dựng)?\s+({NUM})\s*căn", _FLAGS)
QUOTA_PERIOD = re.compile(
    rf"^[-+•]?\s*Giai đoạn\s+(\d{{4}})\s*[-–]\s*(\d{{4}})\s*:\s*hoàn thành\s+({NUM})\s*căn", _FLAGS
)
DEMAND = re.compile(
    rf"(?:giai đoạn\s+(\d{{4}})\s*[-–]\s*(\d{{4}}).{{0,40}}?)?nhu cầu\s+(khoảng\s+)?({NUM})\s*căn", _FLAGS
)
GOAL_BY = re.compile(
    rf"(Hết năm|Đến năm|Năm)\s+(\d{{4}})\s*:\s*Đạt( và vượt)?\s+(\d+)\s*%.*?\((trên\s+|khoảng\s+)?({NUM})\s*căn\)",
    _FLAGS,
)
GOAL_PART = re.compile(rf"trong đó\s+(?:phấn đấu|phần đầu)\s+(\d+)\s*%\s*(.*?)\s*\((khoảng\s+)?({NUM})\s*căn\)", _FLAGS)
GOAL_DEMAND = re.compile(
    r"(?:phấn đấu|phần đầu)\s+đảm bảo nhu cầu nhà ở xã hội\s+đến(?: giai đoạn)?\s+(?:năm\s+)?(\d{4})", _FLAGS
)
COMPLETED = re.compile(
    r"đã (?:hình thành|hoàn thành)\s+(?:trong\s+)?(?:giai đoạn|năm)\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?"
    rf"\s*:\s*({NUM})\s*căn",
    _FLAGS,
)
DELIVERY = re.compile(
    rf"^[-+•]?\s*(?:Các dự án|Dự án|Đối với)\s+(.{{3,80}}?)\s*:\s*({NUM})\s*/\s*({NUM})\s*(?:căn)?\s*"
    r"(?:\(\s*(khoảng\s+)?(\d+(?:[.,]\d+)?)\s*%\s*\))?",
    _FLAGS,
)
STATED_TOTAL = re.compile(
    rf"^Tổng số căn.*?(?:đến năm\s+(\d{{4}})|giai đoạn\s+(\d{{4}})\s*[-–]\s*(\d{{4}})).*?(khoảng\s+)?({NUM})\s*căn",
    _FLAGS,
)
FORECAST_HEADING = re.compile(
    r"^[-+•]?\s*Dự báo\b.*?(?:đến năm\s+(\d{4})|từ\s+(\d{4})\s*[-–]\s*(\d{4})|giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4}))",
    _FLAGS,
)
ROMAN = re.compile(r"^([IVX]+)\.\s")
NUMBERED = re.compile(r"^(\d+(?:\.\d+)*)\.\s")
ATTACHED = re.compile(
    r"(?:Kèm theo|ban hành kèm theo)\s+Quyết định số\s+(\d+/[\wĐđ-]+)\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})", _FLAGS
)
HEADER_NUMBER = re.compile(r"^Số\s*:\s*(\d*)\s*/\s*([\wĐđ./-]+)")
PLACE_DATE = re.compile(r"^(.{2,40}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
ISSUER = re.compile(r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+(THÀNH PHỐ|TỈNH)\s+(.+)$")
FIGURE = re.compile(rf"(?<![\d.,])((?:{NUM})(?:,\d+)?)\s*(căn|hộ|%|tỷ)", _FLAGS)

#: Stage wordings, most specific first ("dự án dự án khác" is a typo seen in the Hải Phòng decision).
STAGE_WORDS: list[tuple[re.Pattern[str], Stage]] = [
    (re.compile(r"đang (?:lựa )?chọn chủ đầu tư", _FLAGS), Stage.SELECTING_INVESTOR),
    (re.compile(r"(?:đã (?:lựa )?chọn|có) chủ đầu tư", _FLAGS), Stage.INVESTOR_SELECTED),
    (re.compile(r"đã khởi công", _FLAGS), Stage.STARTED),
    (re.compile(r"cải tạo(?:,? xây dựng lại)? chung cư cũ", _FLAGS), Stage.OLD_APARTMENT_RENOVATION),
    (re.compile(r"(?:dự án\s+)+khác", _FLAGS), Stage.OTHER),
]


def units(text: str) -> int:
    """4.017 → 4017: a dot groups thousands."""
    return int(text.replace(".", ""))


def amount(text: str) -> Decimal:
    """82,735 → 82.735 and 120.000 → 120000: a comma marks decimals, a dot groups thousands."""
    return Decimal(text.replace(".", "").replace(",", "."))


def stage_of(words: str) -> Stage | None:
    return next((stage for pattern, stage in STAGE_WORDS if pattern.search(words)), None)


@dataclass
class Figure:
    """A figure placed in the plan, with where it came from."""

    section: str  # targets, completed, pipeline, stated_totals
    fields: dict[str, Any]
    line: int
    quote: str
    stage: Stage | None = None


@dataclass
class Unplaced:
    line: int
    figure: str
    context: str


@dataclass
class Header:
    number: str | None = None
    number_line: int = 0
    date: str | None = None
    date_line: int = 0
    place: str | None = None
    issuer: str | None = None
    title: str | None = None
    notes: list[str] = field(default_factory=list)
