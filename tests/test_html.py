"""`report --format html`: the page's structure, over the shipped plans as of 26/11/2026.

Plans for more units arrive all the time, so these tests assert what must hold whatever the
data (every unit named, every chart with numbered axes, figures equal to the result's), not
today's counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from nhaoxh_cli import api
from nhaoxh_cli.domain import Basis, Status
from nhaoxh_cli.i18n import iso_date, set_language, units, using
from nhaoxh_cli.render import RenderOptions, words
from nhaoxh_cli.render.report import html
from nhaoxh_cli.results.report import ReportResult

from .conftest import PLANS, Run

AS_OF = dt.date(2026, 11, 26)


class Node:
    """An element of the page: its tag, attributes, children and text, enough to query."""

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node] = []
        self.texts: list[str] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return " ".join([*self.texts, *(c.text() for c in self.children)])

    def all(self, tag: str | None = None, css: str | None = None) -> list[Node]:
        found = []
        for child in self.children:
            if (tag is None or child.tag == tag) and (css is None or css in child.classes):
                found.append(child)
            found += child.all(tag, css)
        return found


VOID = {"meta", "br", "img", "link", "input", "hr"}


class Page(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#root", {}, None)
        self.attributes: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.current)
        self.attributes += [v or "" for _, v in attrs]
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, {k: v or "" for k, v in attrs}, self.current))
        self.attributes += [v or "" for _, v in attrs]

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.texts.append(data)

    def section(self, key: str) -> Node:
        return next(n for n in self.root.all("section") if n.attrs.get("id") == key)


def _in_english() -> None:
    """Figures formatted by the test as the English page writes them (a CLI run may have set vi)."""
    set_language("en")


@pytest.fixture(scope="module")
def result() -> ReportResult:
    return api.report(as_of=AS_OF, plans_dir=PLANS)


def _page(result: ReportResult, lang: str = "en") -> tuple[str, Page]:
    with using(lang):
        text = html.render(result, RenderOptions())
    return text, Page(text)


def test_the_cli_writes_the_page(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    code, out, err = run(
        "--lang", "vi", "report", "-f", "html", "-o", str(target), "--as-of", "2026-11-26", "--plans-dir", str(PLANS)
    )
    assert (code, out, err) == (0, "", "")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") and '<html lang="vi">' in text


def test_every_unit_is_named_in_the_table_and_in_the_2025_chart(result: ReportResult) -> None:
    _, page = _page(result)
    rows = page.section("units").all("tr")[1:]
    with using("en"):
        names = [words.place(u.name) for u in result.units]  # as a reader writes them: Ho Chi Minh City
    assert [r.all("td")[1].text() for r in rows] == names
    chart_section = page.section("units-2025").text()
    assert len(result.units) == 34
    assert [name for name in names if name not in chart_section] == []


def test_every_chart_has_axes_with_numbers_and_a_title(result: ReportResult) -> None:
    _, page = _page(result)
    charts = page.root.all("svg")
    assert len(charts) == 3  # the units' 2025 results, the country's years, the pipeline
    for chart in charts:
        assert re.fullmatch(r"0 0 \d+ \d+", chart.attrs["viewbox"])
        ticks = [t.text() for t in chart.all("text", "tick")]
        assert len(ticks) >= 4 and all(re.search(r"\d", t) for t in ticks)
        assert [a.text() for a in chart.all("text", "axis-label")] != [""]
        assert chart.all("title")[0].text()
        assert chart.all("rect") and all(v.text() for v in chart.all("text", "value"))


def test_self_contained_no_script_no_request(result: ReportResult) -> None:
    _, page = _page(result)
    assert page.root.all("script") == [] and page.root.all("link") == [] and page.root.all("img") == []
    assert [a for a in page.attributes if "http" in a or a.startswith("//")] == []
    style = "".join(s.text() for s in page.root.all("style"))
    assert "url(" not in style and "@import" not in style and "@font-face" not in style


def test_the_headline_and_the_charts_carry_the_results_figures(result: ReportResult) -> None:
    _, page = _page(result)
    a = result.headline.result_2025
    assert a is not None and a.value is not None
    _in_english()
    assert f"{units(a.value)} of its target {units(a.target.units)}" in page.section("headline").text()
    pipeline = page.section("pipeline").text()
    for snap in result.snapshots:
        assert snap.completed is not None and snap.completed.units is not None
        assert units(snap.completed.units) in pipeline
        assert (snap.label or iso_date(snap.as_of)) in pipeline
    years = page.section("years").text()
    for row in result.national_years:
        for target in row.targets:
            assert f"target {units(target.units)}" in years
        if row.reported is not None:
            assert f"completed {units(row.reported)}" in years
    drawn = [u for u in result.units if (x := u.targets.get("2025")) is not None and x.ratio is not None]
    chart = page.section("units-2025").all("svg")[0]
    for unit in drawn:
        x = unit.targets["2025"]
        assert x is not None
        # the chart writes each figure as every view does: qualified, marked when derived, the source's own
        # percentage where the counts are qualified (Đồng Nai >4,600 of >4,200: 112%)
        own_goal = "†" if x.target.kind.value == "goal" else ""  # a unit's own goal, marked as in the table
        assert f"{words.result_figure(x)} / {words.target_figure(x)}{own_goal} · {words.ratio(x)}" in chart.text()
    dongnai = next(u for u in drawn if u.slug == "dongnai").targets["2025"]
    assert dongnai is not None and ">4,600 / >4,200 · 112%" in chart.text()


def test_a_several_year_report_is_one_block(result: ReportResult) -> None:
    blocks = {r.reported_in for r in result.national_years if r.reported_in}
    assert blocks, "the country reports 2021–2024 as one figure"
    _, page = _page(result)
    labels = [t.text() for t in page.section("years").all("text", "label")]
    for block in blocks:
        first, last = (int(y) for y in block.split("-"))
        assert sum(block.replace("-", "–") in x for x in labels) == 1
        assert not any(x == str(year) for x in labels for year in range(first, last + 1))


def test_the_units_chart_is_sorted_by_ratio_with_the_target_line(result: ReportResult) -> None:
    """Three units given 2025 results (invented here, not data) come out best first."""
    base = next(a for u in result.units if (a := u.targets.get("2025")) is not None and a.ratio is not None)
    ratios = {"01": 0.5, "79": 1.4, "46": 0.97}
    changed = []
    for unit in result.units:
        if unit.code in ratios:
            given = dataclasses.replace(
                base, ratio=ratios[unit.code], status=Status.NEAR, basis=Basis.REPORTED, value=base.value
            )
            unit = dataclasses.replace(unit, targets={**unit.targets, "2025": given})
        changed.append(unit)
    _, page = _page(dataclasses.replace(result, units=changed))
    chart = page.section("units-2025").all("svg")[0]
    labels = [t.text() for t in chart.all("text", "label")]
    with using("en"):
        ratios = {
            words.place(u.name): a.ratio
            for u in changed
            if (a := u.targets.get("2025")) is not None and a.ratio is not None
        }
    drawn = [ratios[name] for name in labels]
    assert len(labels) >= 3 and drawn == sorted(drawn, reverse=True)
    assert chart.all("line", "reference") and "100%" in chart.all("text", "reference-label")[0].text()


def test_a_status_is_always_a_word(result: ReportResult) -> None:
    _, page = _page(result)
    coloured = [n for n in page.root.all() if any(c.startswith("s-") for c in n.classes) and n.tag != "rect"]
    assert coloured and all(n.text().strip() for n in coloured)
    with using("en"):
        known = {words.status(s) for s in Status} | {"no plan"}
    assert {n.text() for n in page.section("units").all("span", "status")} <= known


def test_tables_never_run_off_a_phone_and_print_on_a4(result: ReportResult) -> None:
    text, page = _page(result)
    for table in page.root.all("table"):
        assert table.parent is not None and table.parent.classes & {"cards", "scroll"}
    cards = [c for c in page.root.all("div", "cards")]
    for box in cards:
        header = [th.text() for th in box.all("th")]
        for row in box.all("tr")[1:]:
            assert [td.attrs.get("data-label") for td in row.all("td")] == header
    assert "@media (max-width:640px)" in text and "@media print" in text and "size:A4" in text


#: Words of the page's own English that must never show in the Vietnamese page.
ENGLISH = [
    "target",
    "units",
    "completed",
    "reported",
    "nothing",
    "status",
    "coverage",
    "share",
    "projects",
    "unknown",
    "result",
    "country",
    "plan",
    "year",
    "none",
    "assigned",
    "cumulative",
    "difference",
    "met",
]


def test_the_vietnamese_page_has_no_english_words(result: ReportResult) -> None:
    _, page = _page(result, "vi")
    text = page.root.all("body")[0].text()
    with using("vi"):  # what sources and plans say in their own words is kept as they say it
        quoted = [words.source(c.used_source) for c in result.conflicts]
        quoted += [words.source(c.other_source) for c in result.conflicts]
        quoted += [words.source(s.source) for s in result.snapshots]
        quoted += [s.label or "" for s in result.snapshots]
        targets = [a.target for a in result.national] + [
            a.target for u in result.units for a in u.targets.values() if a is not None
        ]
        quoted += [t.label or "" for t in targets]
    for item in sorted(filter(None, quoted), key=len, reverse=True):
        text = text.replace(item, " ")
    found = sorted({w for w in ENGLISH if re.search(rf"\b{w}\b", text, re.IGNORECASE)})
    assert found == []
    assert page.root.all("html")[0].attrs["lang"] == "vi"
