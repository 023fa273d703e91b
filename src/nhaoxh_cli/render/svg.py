"""Bar charts as inline SVG for the HTML report: no script, no font, every value written.

One kind of chart serves every figure of the report: a list of labelled rows, each with one
or more horizontal bars along a numeric axis (gridlines, tick labels above and below, a title).
Horizontal, because the labels (unit names, years, dates) then read left to right at any
width; the chart scales by its `viewBox`, and WIDTH is chosen so that a phone 420 px wide
shows its text at about 12 px. Nothing is said by colour or hover alone: each bar has its
value written beside it (or inside it when there is no room), and the page prints the words.

The caller gives figures and the words to write; this module only lays them out.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from ..values import frozen

WIDTH = 420  # the viewBox width: text at its own size on a phone, 1.4 times it on a wide screen
MARGIN = 6
FONT = 12  # label and value text, in viewBox units
CHAR = 0.55  # an average character's width, in ems: enough to place a text beside or inside its bar
BAR_GAP = 3
ROW_GAP = 10
LABEL_LINE = 17
VALUE_LINE = 15  # a value written on its own line above its bar
TOP = 32  # room for the upper tick labels and the reference line's name
BOTTOM = 44  # room for the lower tick labels and the axis title


@frozen
class Bar:
    value: float  # along the axis; drawn up to the axis' end when it goes beyond
    css: str  # a class of the page's style sheet: its colour
    text: str  # written beside the bar (or inside it)
    light: bool = False  # a light fill: dark text inside; otherwise white text inside
    thickness: float = 13


@frozen
class Row:
    label: str  # written above the row's bars
    bars: list[Bar]
    side: str = ""  # written at the right end of the label line (a status word)
    side_css: str = ""


@frozen
class Axis:
    top: float  # the axis runs from 0 to here
    ticks: list[float]
    title: str
    tick_text: Callable[[float], str]


@frozen
class Reference:
    """A vertical line across every row (a target at 100 %), named at the top."""

    value: float
    text: str


@dataclass
class _Svg:
    parts: list[str] = field(default_factory=list)

    def text(self, x: float, y: float, text: str, css: str = "", anchor: str = "start") -> None:
        attrs = f' class="{css}"' if css else ""
        anchor_attr = f' text-anchor="{anchor}"' if anchor != "start" else ""
        self.parts.append(f'<text x="{x:.1f}" y="{y:.1f}"{attrs}{anchor_attr}>{escape(text)}</text>')

    def rect(self, x: float, y: float, width: float, height: float, css: str) -> None:
        self.parts.append(
            f'<rect class="{css}" x="{x:.1f}" y="{y:.1f}" width="{max(width, 0):.1f}" height="{height:.1f}"/>'
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, css: str) -> None:
        self.parts.append(f'<line class="{css}" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"/>')


def nice_axis(largest: float, title: str, tick_text: Callable[[float], str], *, at_least: float = 0) -> Axis:
    """An axis from 0 to a round number at or above `largest`, with 3 to 6 round ticks."""
    top = max(largest, at_least, 1e-9)
    magnitude = 10 ** math.floor(math.log10(top))
    step = next(m * magnitude for m in (0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10) if top / (m * magnitude) <= 5)
    count = math.ceil(top / step - 1e-9)
    ticks = [step * i for i in range(count + 1)]
    return Axis(top=ticks[-1], ticks=ticks, title=title, tick_text=tick_text)


def _width(text: str) -> float:
    return len(text) * FONT * CHAR


@frozen
class _Plot:
    left: float
    right: float
    top: float  # the axis' end value

    def x(self, value: float) -> float:
        return self.left + min(value, self.top * 2) / self.top * (self.right - self.left)


def _bar(svg: _Svg, bar: Bar, y: float, plot: _Plot) -> float:
    """One bar at `y` with its value written beside it, inside it, or (no room) on a line above;
    returns the height it took."""
    end = min(plot.x(bar.value), plot.right)
    after = end + 4 + _width(bar.text) <= plot.right + MARGIN
    inside = not after and _width(bar.text) + 8 <= end - plot.left
    used = 0.0
    if not (after or inside):
        svg.text(plot.left + 2, y + VALUE_LINE - 4, bar.text, "value")
        y += VALUE_LINE
        used = VALUE_LINE
    svg.rect(plot.left, y, end - plot.left, bar.thickness, bar.css)
    if plot.x(bar.value) > plot.right:  # beyond the axis: a break mark; the value is written anyway
        svg.line(end - 6, y - 2, end - 2, y + bar.thickness + 2, "break")
    baseline = y + bar.thickness - 2.5
    if after:
        svg.text(end + 4, baseline, bar.text, "value")
    elif inside:
        svg.text(end - 4, baseline, bar.text, "value in-light" if bar.light else "value in", anchor="end")
    return used + bar.thickness + BAR_GAP


def _axis(svg: _Svg, axis: Axis, plot: _Plot, top: float, bottom: float) -> None:
    for tick in axis.ticks:
        svg.line(plot.x(tick), top, plot.x(tick), bottom, "grid" if tick else "axis")
        svg.text(plot.x(tick), top - 5, axis.tick_text(tick), "tick", anchor="middle")
        svg.text(plot.x(tick), bottom + 14, axis.tick_text(tick), "tick", anchor="middle")
    svg.text((plot.left + plot.right) / 2, bottom + 32, axis.title, "axis-label", anchor="middle")


def bar_chart(rows: list[Row], axis: Axis, *, title: str, reference: Reference | None = None) -> str:
    """The chart as one <svg> element: the rows top to bottom, the axis above and below."""
    plot = _Plot(
        left=MARGIN + _width(axis.tick_text(axis.ticks[0])) / 2,
        right=WIDTH - MARGIN - _width(axis.tick_text(axis.ticks[-1])) / 2,
        top=axis.top,
    )
    body = _Svg()
    y: float = TOP
    for row in rows:
        body.text(plot.left, y + LABEL_LINE - 5, row.label, "label")
        if row.side:
            body.text(plot.right, y + LABEL_LINE - 5, row.side, f"side {row.side_css}".strip(), anchor="end")
        y += LABEL_LINE
        for bar in row.bars:
            y += _bar(body, bar, y, plot)
        y += ROW_GAP
    height = y + BOTTOM
    svg = _Svg()
    svg.parts.append(
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height:.0f}" preserveAspectRatio="xMinYMin meet" role="img" '
        f'aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>"
    )
    _axis(svg, axis, plot, TOP, y)
    if reference is not None and 0 < reference.value <= axis.top:
        svg.line(plot.x(reference.value), TOP - 2, plot.x(reference.value), y, "reference")
        svg.text(plot.x(reference.value) + 3, TOP - 18, reference.text, "reference-label")
    return "".join([*svg.parts, *body.parts, "</svg>"])
