"""The constructions of provincial decisions and plans that prose rules cannot read alone.

- a forecast heading ("- Dự báo phát triển nhà ở xã hội đến năm 2025:")
  opens a period for the stage lines under it;
- a stage line ("+ Các dự án đã khởi công: 4.017/6.570 căn (khoảng 60%)")
  is what that stage delivers in that period, out of its units;
- a goal as a share of a quota ("Hết năm 2025: Đạt 100% chỉ tiêu … (15.400
  căn)"), its part ("trong đó phấn đấu 80% … (khoảng 12.300 căn)"), and the
  goal of meeting the whole need ("phấn đấu đảm bảo nhu cầu … đến năm 2030");
- a share of a need whose size is not given ("Đến năm 2025, giải quyết
  khoảng 80% số công nhân có nhu cầu về nhà ở"): a goal kept as a share.

Every pattern is anchored or bounded ({0,200}), so each runs in time linear
in its block. Each returns the character spans it used: prose skips them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..domain import Stage
from . import lexicon as lx
from . import when as wh
from .candidate import Candidate
from .prose import DocState
from .result import Kind, Note, Qualifier, When
from .text import Block
from .words import count_value, tokenize

NUM = r"\d{1,3}(?:\.\d{3})+|\d{1,7}"
_F = re.IGNORECASE
FORECAST = re.compile(r"[-+•]?\s*Dự báo\b", _F)
STAGE_LINE = re.compile(
    rf"[-+•]?\s*((?:Các dự án|Dự án|Đối với)[^:]{{3,80}}):\s*({NUM})\s*/\s*({NUM})\s*(?:căn)?\s*"
    r"(?:\(\s*(khoảng\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*\))?",
    _F,
)
SHARE_GOAL = re.compile(
    rf"[-+•]?\s*(Hết năm|Đến năm|Năm)\s+(\d{{4}})\s*:\s*Đạt( và vượt)?\s+(\d{{1,3}})\s*%([^()]{{0,200}})"
    rf"\((trên\s+|khoảng\s+)?({NUM})\s*căn\)",
    _F,
)
GOAL_PART = re.compile(
    rf"trong đó\s+(?:phấn đấu|phần đầu)\s+(\d{{1,3}})\s*%\s*([^()]{{0,200}})\((khoảng\s+)?({NUM})\s*căn\)", _F
)
GOAL_DEMAND = re.compile(
    r"(?:phấn đấu|phần đầu)\s+(?:đảm bảo|bảo đảm|đáp ứng)\s+(?:đủ\s+)?nhu cầu nhà ở xã hội\s+"
    r"(?:đến|tới)(?: giai đoạn)?\s+(?:năm\s+)?(\d{4})",
    _F,
)
NEED_SHARE = re.compile(
    r"(Đến|Hết|Tới) năm (\d{4}),?\s*(?:phấn đấu\s+)?(?:giải quyết|đáp ứng|bảo đảm|đảm bảo)\s+"
    r"(khoảng\s+|trên\s+|ít nhất\s+)?(\d{1,3}(?:,\d{1,2})?)\s*%\s+([^.;]{3,160})",
    _F,
)
_QUAL = {"khoảng": Qualifier.ABOUT, "trên": Qualifier.ABOVE, "ít nhất": Qualifier.AT_LEAST}


def half(last: int) -> str:
    """Đề án 338's halves: a label ending by 2025 is 2021–2025, one past it 2026–2030."""
    return "2021-2025" if last <= 2025 else "2026-2030"


def _quote(text: str) -> str:
    return text if len(text) <= 300 else text[:299] + "…"


def _candidate(block: Block, pos: tuple[int, int, int], at: int, written: str, units: int | None) -> Candidate:
    return Candidate(written=written, units=units, line=block.line_at(at), quote=_quote(block.text), position=pos)


def read(block: Block, index: int, state: DocState) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """The candidates a block's constructions give, and the character spans they used."""
    text = block.text
    found: list[Candidate] = []
    used: list[tuple[int, int]] = []
    if block.heading != (None, None) and not FORECAST.match(text):
        state.forecast, state.forecast_when = None, None
    if text[:12].lower().lstrip("-+• ").startswith("dự báo") and FORECAST.match(text):
        tokens = tokenize(text, 0, min(len(text), 300))
        spans = [s for s in wh.find(tokens, text) if s.when is not None]
        if spans and spans[0].when is not None and spans[0].when.last is not None:
            state.forecast = half(spans[0].when.last)
            state.forecast_when = spans[0].when
            state.labels.setdefault(state.forecast, []).append(spans[0].when.label)
            used.append((0, len(text)))
        return found, used
    if "/" in text and (m := STAGE_LINE.match(text)) is not None:
        found.append(_stage_line(block, index, m, state))
        used.append(m.span())
    if "%" not in text and "nhu cầu" not in text:
        return found, used  # every construction below names a share or a need
    if (m := SHARE_GOAL.match(text)) is not None:
        found.append(_share_goal(block, index, m, state))
        used.append(m.span())
    for m in GOAL_PART.finditer(text):
        if state.last_goal is not None:
            found.append(_goal_part(block, index, m, state))
            used.append(m.span())
    for m in GOAL_DEMAND.finditer(text):
        c = _candidate(block, (index, 0, m.start()), m.start(), "100%", None)
        c.kind, c.share = Kind.GOAL, Decimal(100)
        year = int(m.group(1))
        c.when = When(None, year, f"đến {year}")
        c.fields.update(of_kind="demand", label=f"đảm bảo nhu cầu đến {year}")
        found.append(c)
        used.append(m.span())
    for m in NEED_SHARE.finditer(text):
        if "nhu cầu" not in m.group(5).lower():
            continue
        year = int(m.group(2))
        c = _candidate(block, (index, 0, m.start(4)), m.start(4), f"{m.group(4)}%", None)
        c.kind, c.share = Kind.GOAL, Decimal(m.group(4).replace(",", "."))
        c.qualifier = _QUAL.get((m.group(3) or "").strip().lower(), Qualifier.EXACT)
        c.when = When(None, year, f"{m.group(1)} năm {year}")
        c.fields.update(of_text=m.group(5).strip(" ,"), label=f"{m.group(1)} năm {year}")
        found.append(c)
        used.append(m.span())
    return found, used


def _stage_line(block: Block, index: int, m: re.Match[str], state: DocState) -> Candidate:
    c = _candidate(block, (index, 0, m.start(2)), m.start(2), f"{m.group(2)}/{m.group(3)}", count_value(m.group(2)))
    tokens = tokenize(m.group(1), 0, len(m.group(1)))
    stage: Stage | None = next((value for _, _, value in lx.STAGE_LINES.find(tokens)), None)
    if stage is None:
        c.hold = Note.of("stage_unclear")
        return c
    if state.forecast is None:
        c.hold = Note.of("no_forecast_period")
        return c
    c.kind, c.stage, c.when = Kind.DELIVERY, stage, state.forecast_when
    c.fields.update(period=state.forecast, stage_units=m.group(3))
    if m.group(5):
        c.fields["share"] = f"{m.group(5).replace('.', ',')}%"  # the units are stated; "khoảng" is the share's
        if m.group(4):
            c.fields["share_qualifier"] = "about"
    return c


def _share_goal(block: Block, index: int, m: re.Match[str], state: DocState) -> Candidate:
    year = int(m.group(2))
    c = _candidate(block, (index, 0, m.start(7)), m.start(7), m.group(7), count_value(m.group(7)))
    c.kind, c.share = Kind.GOAL, Decimal(m.group(4))
    qualifier = (m.group(6) or "").strip().lower()
    c.qualifier = Qualifier.ABOVE if m.group(3) or qualifier == "trên" else _QUAL.get(qualifier, Qualifier.EXACT)
    inner = tokenize(m.group(5), 0, len(m.group(5)))
    periods = [s.when for s in wh.find(inner, m.group(5)) if s.type == wh.PERIOD and s.when is not None]
    c.when = periods[0] if periods else When(None, year, f"{m.group(1)} {year}")
    c.fields.update(of_kind="quota", label=f"{m.group(1)} {year}", key=f"goal-{year}")
    state.last_goal = c
    return c


def _goal_part(block: Block, index: int, m: re.Match[str], state: DocState) -> Candidate:
    parent = state.last_goal
    assert parent is not None
    c = _candidate(block, (index, 0, m.start(4)), m.start(4), m.group(4), count_value(m.group(4)))
    c.kind, c.share, c.when = Kind.GOAL, Decimal(m.group(1)), parent.when
    if m.group(3):
        c.qualifier = Qualifier.ABOUT
    c.fields.update(of_goal=parent, description=m.group(2).strip(" ,;"), key=f"{parent.fields.get('key', 'goal')}-part")
    return c
