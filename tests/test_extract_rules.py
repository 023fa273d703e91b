"""The phrasing rules of extract, each on a sentence the project wrote in the style of real texts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from nhaoxh_cli.extract import Kind, extract_text

from .conftest import ROOT, Run

FIXTURES = ROOT / "tests" / "extract"


def _placed(text: str, province: str | None = "danang", date: dt.date | None = dt.date(2026, 1, 8)) -> list[tuple]:  # type: ignore[type-arg]
    extraction = extract_text(text, "t.txt", province=province, date=date)
    return [(f.units, f.kind.value, f.years, f.qualifier.value) for f in extraction.placed]


def test_in_the_year_is_a_yearly_target_never_the_whole_quota() -> None:
    """The known bug of issue 16: "trong năm 2026" gave the 2021–2030 quota."""
    text = "Đà Nẵng được giao chỉ tiêu hoàn thành 4.979 căn nhà ở xã hội trong năm 2026."
    assert _placed(text) == [(4979, "quota", "2026", "exact")]
    plan = yaml.safe_load(extract_text(text, "t.txt", province="danang").plan_yaml)
    assert plan["targets"][0]["years"] == "2026" and "period" not in plan["targets"][0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Giai đoạn 2025 - 2030, thành phố hoàn thành 9.355 căn nhà ở xã hội theo kế hoạch được giao.",
         (9355, "quota", "2025-2030", "exact")),
        ("Thành phố phấn đấu đến năm 2030 hoàn thành ít nhất 30.000 căn nhà ở xã hội.",
         (30000, "goal", "to 2030", "at_least")),
        ("Chỉ tiêu nhà ở xã hội của thành phố năm 2026: 4.979 căn.", (4979, "quota", "2026", "exact")),
        ("Mục tiêu của thành phố giai đoạn 2026-2030 là 20.000 căn, riêng năm 2025 là 1.500 căn nhà ở xã hội.",
         (1500, "goal", "2025", "exact")),
        ("Nhu cầu nhà ở xã hội giai đoạn 2021-2030 khoảng 31.250 căn.", (31250, "demand", "2021-2030", "about")),
        ("Trong năm 2025, thành phố đã hoàn thành và bàn giao hơn 1.200 căn nhà ở xã hội.",
         (1200, "completed", "2025", "above")),
        ("Hiện trên địa bàn thành phố có 3.400 căn nhà ở xã hội đang thi công.", (3400, "pipeline", None, "exact")),
    ],
)  # fmt: skip
def test_phrasings(sentence: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert expected in _placed("Đà Nẵng.\n\n" + sentence)


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Cả nước đã hoàn thành hơn 100.000 căn nhà ở xã hội trong năm 2025.", "national_figure"),
        ("Năm 2025, Hà Nội hoàn thành 5.000 căn nhà ở xã hội.", "other_province"),
        ("Dự án có 900 căn hộ nhà ở xã hội và 300 căn hộ thương mại, dự kiến hoàn thành năm 2027.",
         "not_social_housing"),
        ("Thành phố dự kiến hoàn thành thêm 2.000 căn nhà ở xã hội trong năm 2026.", "expected_completion"),
        ("Thành phố đã vượt chỉ tiêu năm 2025 khoảng 600 căn nhà ở xã hội.", "difference"),
        ("Thành phố đặt mục tiêu hoàn thành 2.500 căn nhà ở xã hội.", "period_unclear"),
        ("Đến năm 2025, giải quyết khoảng 70% số công nhân có nhu cầu về nhà ở.", None),
    ],
)  # fmt: skip
def test_held_back(sentence: str, reason: str | None) -> None:
    extraction = extract_text("Đà Nẵng.\n\n" + sentence, "t.txt", province="danang", date=dt.date(2026, 1, 8))
    reasons = [u.reason.code for u in extraction.unplaced if u.units is not None]
    if reason is None:  # a share of a need: a goal, kept as a share
        assert [(f.kind, f.share) for f in extraction.placed] == [(Kind.GOAL, 70)]
    else:
        assert reason in reasons and all(f.kind.value != "quota" for f in extraction.placed)


def test_parts_after_a_colon_are_not_placed_twice() -> None:
    text = "Đà Nẵng có 364 căn nhà ở xã hội đã hoàn thành: 240 căn ở phía tây và 124 căn ở phía đông."
    extraction = extract_text(text, "t.txt", date=dt.date(2026, 3, 1))
    assert [f.units for f in extraction.placed] == [364]
    assert {u.units: u.reason.code for u in extraction.unplaced} == {240: "part_of_total", 124: "part_of_total"}


def test_a_decision_in_the_hai_phong_style(run: Run, tmp_path: Path) -> None:
    """Stage line "Các dự án khác:" keeps its stage; "Nhu cầu … khoảng 31.250 căn" is demand (fixture)."""
    draft = tmp_path / "quangninh.yaml"
    code, _, _ = run("extract", str(FIXTURES / "quangninh-2025-decision.txt"), "-o", str(draft))
    plan = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert code == 0 and plan["territory"] == "former:quangninh"  # dated 20/03/2025, before the merger
    assert plan["pipeline"]["other"]["deliveries"][0]["units"] == "1.500"
    demand = [t for t in plan["targets"] if t["kind"] == "demand"]
    assert [(t["units"], t["period"], t["qualifier"]) for t in demand] == [("31.250", "total", "about")]
    code, out, _ = run("forecast", "quangninh", "-f", "json", "--plans-dir", str(tmp_path))
    former = next(t for t in json.loads(out)["territories"] if t["territory"] == "former:quangninh")
    # 2021–2025: 2.000 started; 2026–2030: 1.500 other + 2.400 selecting = 3.900; the quota 12.000 spans both
    assert [p["forecast_units"] for p in former["periods"]] == [2000, 3900]
    assert former["total"]["targets"][0]["units"] == 12000


def test_a_news_article_with_a_dateline(run: Run, tmp_path: Path) -> None:
    draft = tmp_path / "danang.yaml"
    code, _, err = run("extract", str(FIXTURES / "danang-2026-news.txt"), "-o", str(draft))
    assert code == 0 and 'Năm ngoái" read as 2025' in err  # the dateline Thứ Năm, 08/01/2026
    plan = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert plan["sources"]["source"]["date"] == "2026-01-08"
    assert [(r["years"], r["units"]) for r in plan["reported"]] == [("2025", "2.100")]
    assert plan["pipeline"]["started"]["units"] == "5.200"
    assert run("validate", str(draft))[0] == 0


def test_a_table_of_projects_with_their_stages() -> None:
    """Fixture: a news text with a pipe table of projects (STT, name, units, status)."""
    extraction = extract_text((FIXTURES / "thanhhoa-2026-news.txt").read_text(encoding="utf-8"), "t.txt")
    plan = yaml.safe_load(extraction.plan_yaml)
    assert extraction.province.value == "thanhhoa" and extraction.date.value == "2026-01-12"
    assert plan["pipeline"]["started"]["units"] == "6.500"  # "8 dự án đang thi công với quy mô 6.500 căn"
    assert [(p["name"], p["units"]) for p in plan["pipeline"]["started"]["projects"]] == [
        ("Khu nhà ở xã hội Đông Hương", "1.200")
    ]
    assert plan["pipeline"]["investor_selected"]["projects"][0]["units"] == "850"  # "Chuẩn bị khởi công"
    # "đến hết năm 2025 … đã hoàn thành … 3.120 căn": a count at the end of 2025
    assert plan["snapshots"] == [
        {"as_of": "2025-12-31", "label": "đến hết năm 2025", "completed": {"units": "3.120"},
         "source": plan["snapshots"][0]["source"]}
    ]  # fmt: skip
    assert {u.units: u.reason.code for u in extraction.unplaced if u.units} == {2300: "other_province"}


def test_former_units_increments_and_differences() -> None:
    """Fixture: TP.HCM news naming former Bình Dương, a quarter's end, an increment and a comparison."""
    extraction = extract_text((FIXTURES / "hochiminh-2026-news.txt").read_text(encoding="utf-8"), "t.txt")
    plan = yaml.safe_load(extraction.plan_yaml)
    quota = plan["targets"][0]
    # "chỉ tiêu năm 2025 của tỉnh Bình Dương (cũ) là 9.000 căn": the former province's own figure
    assert (quota["units"], quota["years"], quota["territory"]) == ("9.000", "2025", "former:binhduong")
    reasons = {u.units: u.reason.code for u in extraction.unplaced if u.units}
    assert reasons[1200] == "difference"  # "tăng 1.200 căn so với năm 2024"
    assert reasons[1959] == "period_unclear"  # "hoàn thành thêm 1.959 căn": more, since when?
    assert reasons[103100] == "national_figure"
    # "với tổng số khoảng 8.500 căn" of approved projects: a stage, not a stated total
    assert plan["pipeline"]["investor_selected"]["units"] == "8.500"
    assert plan["reported"] == [
        {"years": "2025", "units": "5.600", "as_of": "2026-01-20", "source": plan["reported"][0]["source"]}
    ]


def test_a_transposed_table_of_yearly_quotas() -> None:
    """Fixture: a provincial plan with years across the columns and "Số căn phải hoàn thành" down."""
    extraction = extract_text((FIXTURES / "lamdong-2025-plan-table.txt").read_text(encoding="utf-8"), "t.txt")
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == [
        (1500, "quota", "2025"),
        (2000, "quota", "2026"),
        (2500, "quota", "2027"),
        (3000, "quota", "2028"),
    ]
    assert extraction.territory.value == "lamdong"  # dated 05/09/2025, after the merger


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kế hoạch năm 2025 của thành phố là 1.420 căn nhà ở xã hội.", [(1420, "goal", "2025")]),
        ("Theo kế hoạch, năm 2027 thành phố hoàn thành 3.000 căn nhà ở xã hội.", []),  # not done, not a goal
        ("Năm 2025, thành phố hoàn thành 2.100 căn nhà ở xã hội.", [(2100, "completed", "2025")]),
    ],
)
def test_a_bare_hoan_thanh_is_a_completion_only_in_the_past(sentence: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    extraction = extract_text("Đà Nẵng.\n\n" + sentence, "t.txt", province="danang", date=dt.date(2026, 1, 8))
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the quota's words belong to the first figure; "mới hoàn thành" is the second's
        ("Giai đoạn 2021 - 2025, thành phố được giao chỉ tiêu 9.000 căn nhà ở xã hội nhưng mới hoàn thành 3.000 căn.",
         [(9000, "quota", "2021-2025"), (3000, "completed", "2021-2025")]),
        # a list of provinces: each figure belongs to the name before it
        ("Theo Bộ Xây dựng, năm 2025 một số địa phương hoàn thành nhiều nhà ở xã hội như Bắc Ninh (19.000 căn), "
         "Hải Phòng (7.500 căn), Đà Nẵng (3.200 căn).", [(3200, "completed", "2025")]),
        ("Năm 2026, Đà Nẵng đặt mục tiêu hoàn thành 6.000 căn nhà ở xã hội, trong khi Hà Nội là 18.700 căn.",
         [(6000, "goal", "2026")]),
        ("Dự án có quy mô 1.500 căn nhà ở xã hội, trong đó 300 căn dành cho lực lượng vũ trang.", []),
    ],
)  # fmt: skip
def test_each_figure_keeps_its_own_words(sentence: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    extraction = extract_text("Đà Nẵng.\n\n" + sentence, "t.txt", province="danang", date=dt.date(2026, 1, 8))
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Năm 2025, thành phố đã hoàn thành gần 1,5 nghìn căn nhà ở xã hội.", (1500, "completed", "2025", "under")),
        ("Trong giai đoạn 2026-2030, thành phố cần xây dựng 84.000 căn nhà ở xã hội.",
         (84000, "quota", "2026-2030", "exact")),
    ],
)  # fmt: skip
def test_scales_and_obligations(sentence: str, expected: tuple) -> None:  # type: ignore[type-arg]
    assert _placed("Đà Nẵng.\n\n" + sentence) == [expected]


# -- real news, not seen before (a helper's corpus of ten articles, 01/12/2026): the shapes that were placed
# wrongly, in sentences of our own ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a breakdown with a time of its own: the bare "hoàn thành" before it does not make 900 completed; the
        # sentence splits the quota before it, so its parts are quotas (the 10.000 names no period) — but a bare
        # "hoàn thành" over years already past is what was done
        ("Theo Đề án, thành phố được giao 10.000 căn nhà ở xã hội. Trong đó, giai đoạn 2021 - 2024 hoàn thành "
         "2.000 căn; giai đoạn 2025 - 2030 hoàn thành 8.000 căn, riêng năm 2025 là 900 căn.",
         [(2000, "completed", "2021-2024"), (8000, "quota", "2025-2030"), (900, "quota", "2025")]),
        # a purpose is not a result
        ("Năm 2025, Sở Xây dựng đôn đốc đẩy nhanh thi công để hoàn thành 3 dự án nhà ở xã hội với khoảng 1.200 căn.",
         []),
        # the items of a list are one project each, never the city's total
        ("Đến nay, thành phố có 2 dự án nhà ở xã hội đã hoàn thành, bàn giao gồm: Khu Ánh Dương (250 căn); "
         "Chung cư Sao Mai (180 căn).", []),
    ],
)  # fmt: skip
def test_what_real_news_placed_wrongly(sentence: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    extraction = extract_text("Đà Nẵng.\n\n" + sentence, "t.txt", province="danang", date=dt.date(2025, 8, 21))
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == expected


def test_without_a_date_nothing_is_completed_after_this_year() -> None:
    """A bare "hoàn thành" over 2025–2030 in an undated text: not a completion (2030 is still to come)."""
    text = "Đà Nẵng.\n\nGiai đoạn 2025 - 2030 thành phố hoàn thành 9.000 căn nhà ở xã hội."
    assert extract_text(text, "t.txt", province="danang").placed == ()


def test_a_title_repeating_a_target_of_the_body_is_one_target() -> None:
    """A title in other words ("phấn đấu") over the body's "chỉ tiêu": one target, the body's."""
    text = (
        "Đà Nẵng phấn đấu hoàn thành 5.000 căn nhà ở xã hội năm 2026\n\n"
        "Ngành xây dựng Đà Nẵng sẽ thúc đẩy các chủ đầu tư khởi công sớm, hoàn thành chỉ tiêu 5.000 căn nhà ở "
        "xã hội trong năm 2026.\n"
    )
    extraction = extract_text(text, "t.txt", province="danang", date=dt.date(2026, 1, 8))
    assert [(f.units, f.kind.value, f.years, f.line) for f in extraction.placed] == [(5000, "quota", "2026", 3)]
    assert [(u.line, u.reason.code) for u in extraction.unplaced if u.units == 5000] == [(1, "repeated")]


def test_a_roundup_of_provinces_asks_which_one_and_a_figure_before_the_merger_is_held() -> None:
    """A national article naming many units: the most named is not the draft's province; a unit's figure
    "trước khi sáp nhập" belongs to the unit as it was, not today's (sentences of our own)."""
    text = (
        "Chính phủ giao chỉ tiêu nhà ở xã hội giai đoạn 2026-2030 cho các địa phương.\n\n"
        "TPHCM nhận nhiều nhất, 180.000 căn; TPHCM cũng có chỉ tiêu năm nay cao nhất.\n\n"
        "Trước khi sáp nhập, TPHCM có chỉ tiêu 70.000 căn.\n\n"
        "Hà Nội có 84.000 căn, Bắc Ninh hơn 119.000 căn, Tây Ninh khoảng 76.500 căn.\n"
    )
    undecided = extract_text(text, "t.txt", date=dt.date(2026, 1, 8))
    assert undecided.placed == () and undecided.province.value is None
    chosen = extract_text(text, "t.txt", province="hochiminh", date=dt.date(2026, 1, 8))
    assert [(f.units, f.kind.value, f.years) for f in chosen.placed] == [(180000, "quota", "2026-2030")]
    # the 70.000 is the city's as it was (former:hochiminh), not today's allocation: its period is not said
    assert [u.reason.code for u in chosen.unplaced if u.units == 70000] == ["period_unclear"]
    dated = extract_text(
        text.replace("70.000 căn.", "70.000 căn giai đoạn 2021-2030."),
        "t.txt",
        province="hochiminh",
        date=dt.date(2026, 1, 8),
    )
    assert [(f.units, f.kind.value, f.years, f.territory) for f in dated.placed if f.units == 70000] == [
        (70000, "quota", "2021-2030", "former:hochiminh")
    ]
    # "thành phố" is the city named before; with no unit named at all, whose figure it was is the reader's to say
    said = "Trước khi sáp nhập, {who}có chỉ tiêu 70.000 căn nhà ở xã hội giai đoạn 2021-2030."
    city = extract_text("TP Hồ Chí Minh.\n\n" + said.format(who="thành phố "), "t.txt", province="hochiminh")
    assert [f.territory for f in city.placed] == ["former:hochiminh"]
    unnamed = extract_text("Nhà ở xã hội.\n\n" + said.format(who=""), "t.txt", province="hochiminh")
    assert [u.reason.code for u in unnamed.unplaced] == ["before_merger"]


def test_a_unit_in_the_title_compared_with_others_is_still_the_subject() -> None:
    """A review (01/12/2026) found the roundup rule overrode a title: an article about one city that ranks
    it against three others is still about that city."""
    text = (
        "Hải Phòng hoàn thành 10.000 căn nhà ở xã hội năm 2025\n\n"
        "Năm 2025, Hải Phòng đã hoàn thành 10.000 căn nhà ở xã hội. Kết quả này đưa Hải Phòng lên thứ ba cả "
        "nước, sau Hà Nội, Bắc Ninh và TP Hồ Chí Minh.\n"
    )
    extraction = extract_text(text, "t.txt", date=dt.date(2026, 1, 8))
    assert extraction.province.value == "haiphong"
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == [(10000, "completed", "2025")]


def test_before_the_merger_holds_only_what_it_governs() -> None:
    """ "… tăng gấp đôi so với trước khi sáp nhập" after a figure compares; it does not make the figure
    the former unit's."""
    text = (
        "TP Hồ Chí Minh.\n\n"
        "Năm 2025 thành phố đã hoàn thành 5.000 căn nhà ở xã hội, tăng gấp đôi so với trước khi sáp nhập.\n"
    )
    extraction = extract_text(text, "t.txt", province="hochiminh", date=dt.date(2026, 1, 8))
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == [(5000, "completed", "2025")]


# -- the same corpus, the figures it missed (recall 0,40 -> 0,80 on it, 01/12/2026), in sentences of our own -----


def _figures(text: str, date: dt.date | None = dt.date(2025, 8, 21)) -> list[tuple]:  # type: ignore[type-arg]
    extraction = extract_text("Quảng Ngãi.\n\n" + text, "t.txt", province="quangngai", date=date)
    return [(f.units, f.kind.value, f.years, f.qualifier.value) for f in extraction.placed]


def test_a_quota_takes_the_period_of_the_programme_the_text_names() -> None:
    """A quota stating no period, in a text that names the national programme with its span."""
    programme = (
        "Tỉnh tiếp tục thực hiện Đề án “Đầu tư xây dựng ít nhất một triệu căn hộ nhà ở xã hội giai đoạn "
        "2021 - 2030” của Thủ tướng Chính phủ.\n\nTheo Đề án, tỉnh được giao thực hiện 6.400 căn hộ."
    )
    assert _figures(programme) == [(6400, "quota", "2021-2030", "exact")]
    decision = (
        "UBND tỉnh ban hành kế hoạch giai đoạn 2021 - 2030 theo Quyết định số 338/ QĐ - TTg của Thủ tướng. "
        "Tỉnh được giao thực hiện 2.200 căn nhà ở xã hội trong giai đoạn này."
    )
    assert _figures(decision) == [(2200, "quota", "2021-2030", "exact")]
    # without the programme, the period is the reader's to give
    assert _figures("Theo kế hoạch chung, tỉnh được giao thực hiện 6.400 căn hộ nhà ở xã hội.") == []


def test_the_sentence_after_a_quota_opening_with_trong_do_splits_it() -> None:
    text = (
        "Tỉnh được giao 8.000 căn nhà ở xã hội giai đoạn 2021 - 2030. Trong đó, giai đoạn 2021 - 2025 hoàn "
        "thành 2.000 căn; giai đoạn 2026 - 2030 hoàn thành 6.000 căn, riêng năm 2026 là 900 căn."
    )
    assert _figures(text) == [
        (8000, "quota", "2021-2030", "exact"),
        (2000, "quota", "2021-2025", "exact"),
        (6000, "quota", "2026-2030", "exact"),
        (900, "quota", "2026", "exact"),
    ]
    # a figure saying what it is keeps its kind; a "Trong đó" not right after the quota splits nothing
    done = "Tỉnh được giao 8.000 căn nhà ở xã hội giai đoạn 2021 - 2030. Trong đó, đã hoàn thành 1.200 căn."
    assert _figures(done) == [(8000, "quota", "2021-2030", "exact"), (1200, "completed", None, "exact")]
    apart = (
        "Tỉnh được giao 8.000 căn nhà ở xã hội giai đoạn 2021 - 2030. Tỉnh đang đẩy nhanh các dự án.\n\n"
        "Trong đó, riêng năm 2026 là 900 căn."
    )
    assert _figures(apart) == [(8000, "quota", "2021-2030", "exact")]


def test_x_of_y_reaching_a_share_makes_y_the_target() -> None:
    """ "X/Y căn, đạt Z%" where X/Y is Z%: Y is the target (a quota when the programme is named)."""
    text = (
        "Giai đoạn 2021 - 2025, tỉnh thực hiện 5 dự án nhà ở xã hội với 2.700/3.000 căn, đạt 90% theo "
        "Quyết định số 338/QĐ-TTg của Thủ tướng Chính phủ."
    )
    assert _figures(text) == [(2700, "stated_total", "2021-2025", "exact"), (3000, "quota", "2021-2025", "exact")]
    wrong_share = text.replace("đạt 90%", "đạt 50%")  # 2.700/3.000 is not 50 %: nothing says what 3.000 is
    assert [u for u, *_ in _figures(wrong_share)] == []


def test_what_projects_of_a_stage_will_hold_when_done_is_the_stage() -> None:
    text = "Tỉnh có 9 dự án nhà ở xã hội đã lựa chọn chủ đầu tư, khi hoàn thành dự kiến sẽ cung cấp 5.120 căn hộ."
    extraction = extract_text("Quảng Ngãi.\n\n" + text, "t.txt", province="quangngai")
    assert [(f.units, f.kind.value, f.stage.value if f.stage else None) for f in extraction.placed] == [
        (5120, "pipeline", "investor_selected")
    ]
    # with no stage named before it, it stays a projected completion
    alone = "Tỉnh có 9 dự án nhà ở xã hội, khi hoàn thành dự kiến sẽ cung cấp 5.120 căn hộ."
    assert extract_text("Quảng Ngãi.\n\n" + alone, "t.txt", province="quangngai").placed == ()


def test_a_year_after_the_kinds_of_housing_is_the_figures() -> None:
    """ "2.600 căn nhà ở xã hội, nhà ở công nhân trong năm 2025": the comma between two kinds of housing does
    not end the clause."""
    text = "Thủ tướng Chính phủ giao tỉnh phải hoàn thành hơn 2.600 căn nhà ở xã hội, nhà ở công nhân trong năm 2025."
    assert _figures(text, None) == [(2600, "quota", "2025", "above")]


# -- a third corpus of fourteen real articles (01/12/2026; recall 0,56 -> 0,81, precision 0,95 -> 1,00 on it), the
# shapes it missed, in sentences of our own --------------------------------------------------------------------


def test_a_count_whose_parts_follow_after_trong_do_is_a_total() -> None:
    """The next sentence (a photo caption between) or the rest of its own sentence gives the stages or
    completions it is made of: it is the total the source states, not a stage."""
    text = (
        "Trên địa bàn tỉnh có 12 dự án nhà ở xã hội đã được chấp thuận chủ trương đầu tư với 9.800 căn.\n\n"
        "Khu nhà ở xã hội tại phường Bắc\n\n"
        "Trong đó, có 7 dự án, 6.100 căn hộ được khởi công, xây dựng; 5 dự án với 2.200 căn hộ chuẩn bị khởi "
        "công trong năm 2026."
    )
    extraction = extract_text("Quảng Ngãi.\n\n" + text, "t.txt", province="quangngai", date=dt.date(2026, 1, 22))
    assert [(f.units, f.kind.value, f.stage.value if f.stage else None) for f in extraction.placed] == [
        (9800, "stated_total", None),
        (6100, "pipeline", "started"),
        (2200, "pipeline", "investor_selected"),
    ]
    same = (
        "Tỉnh tiếp tục triển khai 4 dự án nhà ở xã hội, khoảng 1.300 căn; trong đó đã hoàn thành 300 căn và dự "
        "kiến 1.000 căn."
    )
    assert _figures(same)[:2] == [(1300, "stated_total", None, "about"), (300, "completed", None, "exact")]
    # parts adding up to more than the count are not its parts
    more = "Tỉnh tiếp tục triển khai 4 dự án nhà ở xã hội, khoảng 1.300 căn; trong đó đã hoàn thành 3.000 căn."
    assert _figures(more)[0][1] == "pipeline"


def test_a_title_figure_without_years_is_the_bodys_whatever_the_body_reads() -> None:
    text = (
        "Quảng Ngãi chấp thuận chủ trương đầu tư 12 dự án nhà ở xã hội với 9.800 căn\n\n"
        "Tỉnh có 12 dự án nhà ở xã hội đã được chấp thuận chủ trương đầu tư với 9.800 căn. Trong đó, 6.100 căn "
        "được khởi công."
    )
    extraction = extract_text(text, "t.txt", province="quangngai", date=dt.date(2026, 1, 22))
    assert [(f.units, f.kind.value, f.line) for f in extraction.placed] == [
        (9800, "stated_total", 3),
        (6100, "pipeline", 3),
    ]
    assert [(u.units, u.line, u.reason.code) for u in extraction.unplaced] == [(9800, 1, "repeated")]


def test_done_beyond_the_quota_with_a_count_is_the_count_done() -> None:
    """ "vượt chỉ tiêu với 3.073 căn" is what was completed; "vượt chỉ tiêu khoảng 600 căn" by how much."""
    assert _figures("Năm 2025, tỉnh hoàn thành vượt chỉ tiêu với 3.073 căn nhà ở xã hội.") == [
        (3073, "completed", "2025", "exact")
    ]
    assert _figures("Năm 2025, tỉnh hoàn thành vượt chỉ tiêu khoảng 600 căn nhà ở xã hội.") == []


def test_a_total_scale_over_projects_done_ongoing_and_planned_is_a_stated_total() -> None:
    text = "Tỉnh đã, đang và dự kiến triển khai 38 dự án nhà ở xã hội với tổng quy mô khoảng 38.058 căn hộ."
    assert _figures(text, dt.date(2026, 1, 10)) == [(38058, "stated_total", None, "about")]
    started = "Hiện nay có 8 dự án nhà ở xã hội đang triển khai thi công với tổng quy mô 7.660 căn hộ."
    extraction = extract_text("Quảng Ngãi.\n\n" + started, "t.txt", province="quangngai", date=dt.date(2026, 1, 10))
    assert [(f.units, f.stage.value if f.stage else None) for f in extraction.placed] == [(7660, "started")]


def test_a_round_lead_restating_a_precise_figure_is_one_figure() -> None:
    text = (
        "Tỉnh triển khai 38 dự án với tổng quy mô hơn 38.000 căn nhà ở xã hội.\n\n"
        "Theo đó, tỉnh đã, đang và dự kiến triển khai 38 dự án nhà ở xã hội với tổng quy mô khoảng 38.058 căn hộ."
    )
    extraction = extract_text("Quảng Ngãi.\n\n" + text, "t.txt", province="quangngai", date=dt.date(2026, 1, 10))
    assert [(f.units, f.kind.value) for f in extraction.placed] == [(38058, "stated_total")]
    assert [(u.units, u.reason.code) for u in extraction.unplaced] == [(38000, "repeated")]


def test_the_programme_cited_is_not_the_whole_country() -> None:
    """ "chỉ tiêu giao tại Đề án" names the programme a province's quota comes from."""
    text = "Riêng tại tỉnh, chỉ tiêu giao tại Đề án đến năm 2030 là 8.600 căn nhà ở xã hội."
    assert _figures(text) == [(8600, "quota", "to 2030", "exact")]
    assert _figures("Đề án đặt mục tiêu đến năm 2030 hoàn thành 1 triệu căn nhà ở xã hội.") == []


def test_a_ranked_goal_under_a_national_allocation_is_the_allocation() -> None:
    text = (
        "Năm 2026, Chính phủ giao chỉ tiêu hoàn thành gần 159.000 căn nhà ở xã hội cho các địa phương.\n\n"
        "Xếp sau TP.HCM về chỉ tiêu phải hoàn thành nhà ở xã hội là Bắc Ninh với mục tiêu 19.900 căn.\n"
    )
    extraction = extract_text(text, "t.txt", province="bacninh", date=dt.date(2026, 1, 14))
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == [(19900, "quota", "2026")]


def test_a_sum_after_yearly_figures_spans_their_years() -> None:
    text = (
        "Chỉ tiêu nhà ở xã hội của tỉnh giai đoạn 2026 – 2030 được phân bổ theo từng năm, gồm: 1.787 căn năm "
        "2026; 1.400 căn năm 2027; 2.150 căn năm 2028; 2.150 căn năm 2029 và 2.150 căn năm 2030, tổng cộng 9.637 căn."
    )
    placed = _figures(text, dt.date(2026, 1, 14))
    assert placed[-1] == (9637, "quota", "2026-2030", "exact")  # not 2030, the year just before it
    assert [y for u, _, y, _ in placed if u != 9637] == ["2026", "2027", "2028", "2029", "2030"]


def test_a_page_that_lost_its_full_stops_keeps_its_paragraphs() -> None:
    """A paragraph-long line without a final stop, then one opening with a capital: two paragraphs (a
    line a PDF wrapped is shorter and stays joined)."""
    long_line = (
        "Theo đó, tỉnh đã hoàn thành đưa vào sử dụng trong giai đoạn 2021-2024 dự án nhà ở xã hội tại phường "
        "Nam, phường Đông và khu công nghiệp phía Tây của tỉnh với nhiều căn hộ cho công nhân và người lao động"
    )
    assert len(long_line) >= 160
    text = long_line + "\nNăm 2025, tỉnh được giao hoàn thành 2.255 căn nhà ở xã hội."
    assert _figures(text) == [(2255, "quota", "2025", "exact")]
    wrapped = "Theo đó, tỉnh đã hoàn thành đưa vào sử dụng trong giai đoạn 2021-2024 dự án nhà ở xã hội\nNam Sơn."
    from nhaoxh_cli.extract.text import blocks

    assert len(blocks(wrapped.split("\n"))[0]) == 1
    assert len(blocks(text.split("\n"))[0]) == 2


def test_an_open_to_year_restating_that_years_target_is_one_target() -> None:
    text = (
        "Riêng năm 2025, tỉnh được giao hoàn thành 2.255 căn nhà ở xã hội. Đến cuối năm 2025, tỉnh dự kiến đạt "
        "chỉ tiêu 2.255 căn nhà ở xã hội."
    )
    assert _figures(text) == [(2255, "quota", "2025", "exact")]


# -- a fourth corpus, thirteen real articles (01/12/2026; held out: precision 0,89, recall 0,40 as it came;
# after the shapes below 1,00 and 0,75), in sentences of our own ---------------------------------------------


def test_a_period_inside_a_quoted_title_is_the_titles() -> None:
    """ "thực hiện Đề án “… giai đoạn 2021 - 2030”, tỉnh đã hoàn thành 1.600 căn": the count's period is the
    one before the title; a quota still takes the programme's."""
    done = (
        "Trước đó, giai đoạn 2021 - 2024, thực hiện Đề án “Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội "
        "giai đoạn 2021 - 2030”, tỉnh đã hoàn thành 1.600 căn hộ."
    )
    assert _figures(done) == [(1600, "completed", "2021-2024", "exact")]
    quota = (
        "Thực hiện Đề án “Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội giai đoạn 2021-2030” của Chính phủ, "
        "tỉnh được giao hoàn thành 16.000 căn hộ."
    )
    assert _figures(quota) == [(16000, "quota", "2021-2030", "exact")]


def test_the_programmes_period_is_the_one_after_its_name() -> None:
    text = (
        "Dự án góp phần thực hiện kế hoạch phát triển nhà ở giai đoạn 2020-2025, đồng thời hoàn thành chỉ tiêu "
        "theo Đề án xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội giai đoạn 2021-2030.\n\n"
        "Theo Đề án, tỉnh được giao hoàn thành 16.000 căn hộ."
    )
    assert _figures(text) == [(16000, "quota", "2021-2030", "exact")]


def test_a_count_to_a_month_takes_the_year_of_the_target_it_is_measured_against() -> None:
    text = "Tính đến tháng 10, tỉnh đã hoàn thành 1.700 căn nhà ở xã hội, đạt khoảng 80% chỉ tiêu giao năm 2025."
    assert _figures(text, None) == [(1700, "completed", "2025", "exact")]


def test_a_completion_without_a_time_takes_the_year_its_paragraph_opened_with() -> None:
    text = (
        "Năm 2025, Thủ tướng Chính phủ giao tỉnh xây dựng 1.400 căn nhà ở xã hội. Tuy nhiên, chỉ sau hơn nửa "
        "năm, địa phương đã hoàn thành tới 2.300 căn."
    )
    assert _figures(text, None) == [(1400, "quota", "2025", "exact"), (2300, "completed", "2025", "exact")]
    # a later paragraph does not inherit it
    apart = text.replace(" Tuy nhiên, ", "\n\nTuy nhiên, ")
    assert _figures(apart, None) == [(1400, "quota", "2025", "exact")]


def test_projects_handed_to_investors_and_a_ceremony_that_starts_them() -> None:
    handed = (
        "Tính đến nay tỉnh đã giao 4 dự án với khoảng 4.000 căn nhà ở xã hội và 300 căn nhà ở thương mại cho "
        "các chủ đầu tư."
    )
    extraction = extract_text("Quảng Ngãi.\n\n" + handed, "t.txt", province="quangngai", date=dt.date(2025, 10, 20))
    assert [(f.units, f.stage.value if f.stage else None) for f in extraction.placed] == [(4000, "investor_selected")]
    started = "Tỉnh tổ chức khởi công 2 dự án nhà ở xã hội với 1.596 căn hộ."
    extraction = extract_text("Quảng Ngãi.\n\n" + started, "t.txt", province="quangngai", date=dt.date(2026, 2, 23))
    assert [(f.units, f.stage.value if f.stage else None) for f in extraction.placed] == [(1596, "started")]
    purpose = "Tỉnh hoàn thành công tác lựa chọn chủ đầu tư để khởi công 4 dự án nhà ở xã hội với khoảng 4.200 căn."
    extraction = extract_text("Quảng Ngãi.\n\n" + purpose, "t.txt", province="quangngai", date=dt.date(2026, 2, 23))
    assert [(f.units, f.stage.value if f.stage else None) for f in extraction.placed] == [(4200, "selecting_investor")]


def test_a_project_contributing_to_the_provinces_quota_does_not_make_it_the_projects() -> None:
    text = (
        "Với quy mô trên 1.200 căn, dự án sẽ đóng góp đáng kể vào chỉ tiêu 4.800 căn hộ nhà ở xã hội của tỉnh "
        "đến năm 2030."
    )
    assert _figures(text) == [(4800, "quota", "to 2030", "exact")]


def test_what_a_figures_words_implied_is_listed_to_check() -> None:
    """A period from the programme, a quota's part, a paragraph's year: inferred, so each is "to check", once
    per figure, naming it."""
    text = (
        "Thực hiện Đề án “Đầu tư xây dựng ít nhất một triệu căn hộ nhà ở xã hội giai đoạn 2021 - 2030”.\n\n"
        "Theo Đề án, tỉnh được giao thực hiện 6.400 căn hộ. Trong đó, riêng năm 2025 là 900 căn."
    )
    extraction = extract_text("Quảng Ngãi.\n\n" + text, "t.txt", province="quangngai", date=dt.date(2025, 8, 1))
    codes = [(n.code, n.get("figure")) for n in extraction.to_check if n.code in ("programme_period", "quota_part")]
    assert codes == [("programme_period", "6.400 căn"), ("quota_part", "900 căn")]


# -- a fifth corpus, fourteen real articles, held out (01/12/2026): precision 0,55, recall 0,26 as it came
# (the same before this session's rules); after the shapes below 0,89 and 0,70 -------------------------------


def test_a_goal_of_what_will_be_done_is_the_goal() -> None:
    """ "mục tiêu đến năm 2025 sẽ hoàn thành 22.500 căn": the goal, not a projected completion; a plan to
    build one estate ("có kế hoạch dự kiến xây dựng Khu chung cư X với 1.955 căn") stays projected."""
    text = (
        "Theo đó, mục tiêu đến năm 2025 sẽ hoàn thành 22.500 căn nhà ở xã hội; giai đoạn 2026 - 2030 sẽ đầu tư "
        "xây dựng 48.750 căn."
    )
    assert _figures(text, None) == [(22500, "goal", "to 2025", "exact"), (48750, "goal", "2026-2030", "exact")]
    plan = "Tỉnh cũng đã có kế hoạch dự kiến xây dựng Khu chung cư Nam Cầu với 1.955 căn hộ nhà ở xã hội."
    assert _figures(plan, None) == []


def test_what_projects_under_way_will_supply_when_done_is_their_stage() -> None:
    text = (
        "Tỉnh có 77 dự án nhà ở xã hội đang triển khai với tổng diện tích khoảng 280 ha, dự kiến khi hoàn thành "
        "sẽ cung ứng khoảng 114.400 căn hộ."
    )
    extraction = extract_text("Bắc Ninh.\n\n" + text, "t.txt", province="bacninh", date=dt.date(2025, 10, 1))
    assert [(f.units, f.kind.value, f.stage.value if f.stage else None) for f in extraction.placed] == [
        (114400, "pipeline", "other")
    ]


def test_a_photo_caption_is_a_block_of_its_own() -> None:
    """ "… trong năm 2021 Ảnh: Phước Bình" on the line before a paragraph: its year is not the paragraph's."""
    text = (
        "Thành phố sẽ được bổ sung nguồn cung nhà ở xã hội trong năm 2021 Ảnh: Phước Bình\n"
        "Hiện đang thi công xây dựng 06 dự án nhà ở xã hội với 4.109 căn."
    )
    assert _figures(text, dt.date(2021, 3, 1)) == [(4109, "pipeline", None, "exact")]


def test_a_period_set_off_by_a_comma_after_the_kind_of_housing() -> None:
    text = (
        "Tỉnh phấn đấu hoàn thành hơn 8.000 căn nhà ở xã hội trong năm 2026, hướng tới hoàn thành xây dựng "
        "65.000 căn nhà ở xã hội, giai đoạn 2026-2030."
    )
    assert _figures(text, None) == [(8000, "goal", "2026", "above"), (65000, "goal", "2026-2030", "exact")]
    items = (
        "Tỉnh đặt mục tiêu đến năm 2030 có 3.500 căn nhà ở xã hội, trong đó: giai đoạn từ 2022-2025 là 1.700 "
        "căn, từ 2026 đến 2030 là 1.800 căn."
    )
    assert [(u, y) for u, _, y, _ in _figures(items, None)] == [
        (3500, "to 2030"),
        (1700, "2022-2025"),
        (1800, "2026-2030"),
    ]


def test_since_the_start_of_the_year_is_that_year_so_far() -> None:
    text = "Từ đầu năm 2025 đến nay, tỉnh đã hoàn thành thêm 12.649 căn nhà ở xã hội."
    assert _figures(text, dt.date(2025, 11, 20)) == [(12649, "completed", "2025", "exact")]
    # from the start of an earlier year, it spans the years since
    assert _figures(text, dt.date(2026, 3, 1)) == [(12649, "completed", "since 2025", "exact")]


# -- a second reader's review of this session's rules (01/12/2026): texts of its own on which a rule placed a
# wrong figure; each now reads as the last column says ----------------------------------------------------------

_QN = "Quảng Ngãi.\n\n"


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # the programme cited with no province named before it is still the country's
        ("UBND tỉnh Quảng Ngãi vừa họp về nhà ở xã hội. Theo Đề án, giai đoạn 2021 - 2025 phải hoàn thành khoảng "
         "428.000 căn, giai đoạn 2026 - 2030 khoảng 634.000 căn.", dt.date(2025, 8, 1), []),
        # a goal to start, a start not made, a start to be allowed
        ("Năm 2025, tỉnh Quảng Ngãi phấn đấu khởi công 3.000 căn nhà ở xã hội.", dt.date(2025, 8, 1),
         [(3000, "goal", "2025", None)]),
        ("Tỉnh Quảng Ngãi còn 5 dự án nhà ở xã hội với 3.000 căn chưa được khởi công do vướng mặt bằng.",
         dt.date(2025, 8, 1), []),
        # investors invited, nothing handed
        ("Tỉnh Quảng Ngãi quy hoạch 12 khu đất với quy mô 3.000 căn nhà ở xã hội nhằm tạo thuận lợi cho các nhà "
         "đầu tư.", dt.date(2025, 8, 1), []),
        # a "Trong đó" about projects is no part of the quota
        ("Tỉnh Quảng Ngãi được giao chỉ tiêu 7.000 căn nhà ở xã hội giai đoạn 2021 - 2030.\n\nNhiều dự án nhà ở "
         "xã hội còn chậm tiến độ\n\nTrong đó, năm 2025 có 4 dự án với 1.500 căn phải điều chỉnh thiết kế.",
         dt.date(2025, 8, 1), [(7000, "quota", "2021-2030", None)]),
        # what a stage expects to complete is part of that stage: the stage stays
        ("Hiện toàn tỉnh Quảng Ngãi có 12 dự án nhà ở xã hội đang thi công với 8.000 căn. Trong đó, 2.000 căn dự "
         "kiến hoàn thành trong năm 2025.", dt.date(2025, 8, 1), [(8000, "pipeline", None, "started")]),
        # one project's sales reaching a share are no target
        ("Năm 2025, dự án nhà ở xã hội Nghĩa Chánh tại tỉnh Quảng Ngãi đã bán được 300/400 căn, đạt 75%, chỉ còn "
         "lại 100 căn.", dt.date(2025, 8, 1), []),
        # a project within the quota that will complete: projected, one project's
        ("Dự án nằm trong chỉ tiêu được giao và dự kiến sẽ hoàn thành 1.800 căn nhà ở xã hội trong năm 2026.",
         dt.date(2025, 8, 1), []),
        # other projects' completion is not the stage's supply
        ("Hiện tỉnh Quảng Ngãi có 3 dự án nhà ở xã hội đang thi công, khi 12 dự án còn lại hoàn thành dự kiến sẽ "
         "cung cấp thêm khoảng 8.000 căn.", dt.date(2025, 8, 1), []),
        # a yearly quota after the programme was named elsewhere: its period is not the programme's
        ("Theo Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội giai đoạn 2021 - 2030, Quảng Ngãi cần "
         "hoàn thành nhiều dự án.\n\nTại Quyết định số 444/QĐ-TTg ngày 27/2/2025, Thủ tướng Chính phủ giao chỉ "
         "tiêu hoàn thành nhà ở xã hội năm 2025 cho tỉnh Quảng Ngãi.\n\nTheo đó, tỉnh Quảng Ngãi được giao chỉ "
         "tiêu 1.200 căn.", dt.date(2025, 8, 1), []),
        # a plan's own quoted title keeps its year
        ("Thực hiện Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội giai đoạn 2021 - 2030, tỉnh Quảng "
         "Ngãi đã ban hành nhiều kế hoạch.\n\nTheo Kế hoạch “Phát triển nhà ở xã hội tỉnh Quảng Ngãi năm 2025”, "
         "tỉnh được giao chỉ tiêu hoàn thành 1.200 căn nhà ở xã hội.", dt.date(2025, 8, 1),
         [(1200, "quota", "2025", None)]),
        # straight quotes around the programme's title
        ('Trước đó, giai đoạn 2021 - 2024, thực hiện Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội '
         'giai đoạn 2021 - 2030", tỉnh Quảng Ngãi đã hoàn thành 1.600 căn hộ.', dt.date(2025, 8, 1),
         [(1600, "completed", "2021-2024", None)]),
        # a period after a comma that opens the next clause is not the figure's
        ("Năm 2025, tỉnh Quảng Ngãi đã hoàn thành 3.000 căn nhà ở xã hội, giai đoạn 2026 - 2030, tỉnh phấn đấu "
         "hoàn thành thêm 10.000 căn.", dt.date(2025, 12, 20),
         [(3000, "completed", "2025", None), (10000, "goal", "2026-2030", None)]),
        # "trước khi sáp nhập" does not reach past "; hiện nay"
        ("Trước khi sáp nhập, Kon Tum được giao chỉ tiêu 2.000 căn nhà ở xã hội giai đoạn 2021 - 2030; hiện nay, "
         "tỉnh Quảng Ngãi được giao 7.000 căn nhà ở xã hội giai đoạn 2021 - 2030.", dt.date(2025, 8, 1),
         [(2000, "quota", "2021-2030", "former:kontum"), (7000, "quota", "2021-2030", "quangngai")]),
        # cumulative completions take no paragraph year
        ("Năm 2025, tỉnh Quảng Ngãi được giao chỉ tiêu hoàn thành 1.400 căn nhà ở xã hội. Từ khi triển khai Đề án, "
         "tỉnh đã hoàn thành tổng cộng 5.300 căn.", dt.date(2025, 8, 1),
         [(1400, "quota", "2025", None), (5300, "completed", None, None)]),
        # a count to a month takes the year of the target it is measured against, not any later year
        ("Tính đến tháng 10, tỉnh Quảng Ngãi đã hoàn thành 5.300 căn nhà ở xã hội, dự kiến năm 2026 hoàn thành "
         "thêm 2.000 căn.", dt.date(2025, 11, 1), [(5300, "completed", None, None)]),
        # "từ đầu năm 2021 đến nay" in an undated text: whether it is one year is not known
        ("Từ đầu năm 2021 đến nay, tỉnh Quảng Ngãi đã hoàn thành 3.200 căn nhà ở xã hội.", None, []),
        # a province giving its communes their quotas is not the country
        ("UBND tỉnh Quảng Ngãi vừa ban hành kế hoạch phát triển nhà ở năm 2026. Theo đó, năm 2026 giao chỉ tiêu "
         "hoàn thành 3.000 căn nhà ở xã hội cho các địa phương.", dt.date(2025, 8, 1),
         [(3000, "quota", "2026", None)]),
    ],
)  # fmt: skip
def test_what_a_review_found_placed_wrongly(text: str, date: dt.date | None, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    extraction = extract_text(_QN + text, "t.txt", province="quangngai", date=date)
    placed = [(f.units, f.kind.value, f.years) for f in extraction.placed]
    assert placed == [e[:3] for e in expected]
    for f, e in zip(extraction.placed, expected, strict=True):
        if e[3] in ("started", "investor_selected"):
            assert f.stage is not None and f.stage.value == e[3]
        elif e[3] is not None:
            assert f.territory == e[3]


def test_a_title_completion_is_not_a_repeat_of_the_bodys_quota() -> None:
    text = (
        "Đến nay, Quảng Ngãi đã hoàn thành 1.200 căn nhà ở xã hội\n\n"
        "Năm 2026, tỉnh Quảng Ngãi được giao chỉ tiêu hoàn thành 1.200 căn nhà ở xã hội."
    )
    extraction = extract_text(text, "t.txt", province="quangngai", date=dt.date(2025, 8, 1))
    assert sorted((f.units, f.kind.value) for f in extraction.placed) == [(1200, "completed"), (1200, "quota")]


def test_a_nearly_round_lead_does_not_restate_a_figure_above_it() -> None:
    text = (
        "Tỉnh triển khai 38 dự án với tổng quy mô gần 38.000 căn nhà ở xã hội.\n\n"
        "Theo đó, tỉnh đã, đang và dự kiến triển khai 38 dự án nhà ở xã hội với tổng quy mô khoảng 38.058 căn hộ."
    )
    extraction = extract_text(_QN + text, "t.txt", province="quangngai", date=dt.date(2026, 1, 10))
    assert [u.reason.code for u in extraction.unplaced if u.units == 38000] != ["repeated"]


# -- a sixth corpus, fifteen real articles held out to the end (01/12/2026): precision 0,78, recall 0,47 and
# four forbidden figures placed as it came (the same before this session's rules): all four were counts of
# housing of every kind in a city's report, the shape below --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trên địa bàn thành phố đang triển khai 56 dự án nhà ở, trong đó có 52 dự án nhà ở thương mại (84.319 căn "
         "hộ chung cư); 4 dự án nhà ở xã hội (5.464 căn hộ chung cư).", [(5464, "pipeline")]),
        ("Năm 2020, trên địa bàn thành phố đã có 41 dự án nhà ở hoàn thành, tương ứng với hơn 3.411.322m2 sàn nhà "
         "ở, gần 26.000 căn hộ.", []),
        ("Năm 2020, trong Chương trình phát triển nhà ở, thành phố đã hoàn thành 1.860 căn nhà ở xã hội.",
         [(1860, "completed")]),
    ],
)  # fmt: skip
def test_a_count_of_housing_of_every_kind_is_not_social_housing(sentence: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    text = "Hà Nội.\n\nBáo cáo về nhà ở xã hội.\n\n" + sentence
    extraction = extract_text(text, "t.txt", province="hanoi", date=dt.date(2021, 1, 10))
    assert [(f.units, f.kind.value) for f in extraction.placed] == expected


# -- a seventh corpus, fourteen real articles held out to the end (01/12/2026): precision 0,83, recall 0,63, none
# forbidden as it came (the same as the day before); after the two shapes below 0,96 and 0,73 ------------------


def test_x_out_of_a_total_of_y_reaching_a_share() -> None:
    """ "đã hoàn thành 4.877 trong tổng số 5.249 căn … theo kế hoạch, đạt khoảng 93%": 5.249 is the plan's
    target, 4.877 what was completed — never 5.249 completed."""
    text = (
        "Trong năm 2025, toàn tỉnh đã hoàn thành 4.877 trong tổng số 5.249 căn nhà ở xã hội theo kế hoạch, đạt "
        "khoảng 93%."
    )
    assert _figures(text, dt.date(2026, 1, 20)) == [
        (4877, "completed", "2025", "exact"),
        (5249, "goal", "2025", "exact"),
    ]


def test_a_goal_to_complete_is_a_goal() -> None:
    """ "phấn đấu đưa vào sử dụng 1.580 căn": a goal of completions, not completions; "đã hoàn thành mục
    tiêu, đưa vào sử dụng …" is what was done."""
    assert _figures("Năm 2025, tỉnh phấn đấu đưa vào sử dụng 1.580 căn hộ nhà ở xã hội.") == [
        (1580, "goal", "2025", "exact")
    ]
    done = "Năm 2025, tỉnh đã hoàn thành mục tiêu, đưa vào sử dụng 1.580 căn hộ nhà ở xã hội."
    assert _figures(done, dt.date(2026, 1, 20)) == [(1580, "completed", "2025", "exact")]


# -- a second review of the rules above (01/12/2026): texts of the reviewer's own on which they held back a
# figure the code of the morning placed rightly, or placed a wrong one ------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "phát triển nhà ở", "chính sách nhà ở" are the subject, not what a count is of
        ("Thực hiện Chương trình phát triển nhà ở của tỉnh, năm 2025 Quảng Ngãi đã hoàn thành 2.000 căn thuộc 5 dự "
         "án nhà ở xã hội.", dt.date(2025, 8, 1), [(2000, "completed", "2025")]),
        ("Về phát triển nhà ở, năm 2025 Quảng Ngãi đã hoàn thành 2.000 căn hộ xã hội.", dt.date(2025, 8, 1),
         [(2000, "completed", "2025")]),
        ("Năm 2025, Quảng Ngãi có 12 dự án nhà ở thương mại và 5 dự án với 3.000 căn hộ chung cư nhà ở xã hội đang "
         "thi công.", dt.date(2025, 8, 1), [(3000, "pipeline", "2025")]),
        ("Năm 2025, Quảng Ngãi hoàn thành 2 dự án nhà ở thương mại với 900 căn; riêng lĩnh vực này, tỉnh đã hoàn "
         "thành thêm 3 dự án với 1.500 căn hộ, đạt 100% chỉ tiêu Thủ tướng giao về nhà ở xã hội.",
         dt.date(2025, 8, 1), [(1500, "completed", "2025")]),
        # a goal reached is what was done
        ("Năm 2025, tỉnh Quảng Ngãi đã đạt mục tiêu đưa vào sử dụng 1.500 căn nhà ở xã hội.", dt.date(2025, 12, 20),
         [(1500, "completed", "2025")]),
        # a start said by a bare "khởi công" in the count's clause, after a completion in the clause before
        ("Năm 2025, Quảng Ngãi đã hoàn thành 2 dự án với 800 căn, khởi công 3 dự án với 2.000 căn nhà ở xã hội.",
         dt.date(2025, 8, 1), [(800, "completed", "2025"), (2000, "pipeline", "2025")]),
        ("Tỉnh Quảng Ngãi khởi công 3 dự án nhà ở xã hội với 2.000 căn.", dt.date(2025, 8, 1),
         [(2000, "pipeline", None)]),
        ("Năm 2025, Quảng Ngãi triển khai xây dựng 3 dự án nhà ở xã hội với 2.000 căn.", dt.date(2025, 8, 1),
         [(2000, "pipeline", "2025")]),
        # one project's sales against its plan are no target
        ("Năm 2025, dự án nhà ở xã hội Nghĩa Chánh tại Quảng Ngãi đã bán được 300 trên tổng số 400 căn, đạt 75% kế "
         "hoạch.", dt.date(2025, 8, 1), []),
    ],
)  # fmt: skip
def test_what_a_second_review_found(text: str, date: dt.date, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    extraction = extract_text(_QN + text, "t.txt", province="quangngai", date=date)
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == expected


# -- an eighth corpus, eleven real articles held out to the end (01/12/2026): precision 1,00, recall 0,44 as it
# came (the same as the day before); after the shapes below 1,00 and 0,56 ---------------------------------------


def test_noxh_written_with_o_horn_a_need_to_develop_and_from_now_to_2030() -> None:
    """ "NƠXH" (with Ơ) is social housing; "cần phát triển" a quota; a target "từ nay đến 2030" in a 2026 text
    is 2026–2030 (a pipeline's "từ nay đến năm 2024" keeps its words)."""
    text = (
        "Từ nay đến 2030, Thủ tướng Chính phủ giao thành phố phát triển 84.000 căn NƠXH. Năm nay, thành phố cần "
        "phát triển 18.700 căn."
    )
    assert _figures(text, dt.date(2026, 1, 15)) == [
        (84000, "quota", "2026-2030", "exact"),
        (18700, "goal", "2026", "exact"),  # "cần phát triển" with no giver in its sentence: a goal (a review)
    ]


# -- a new user's trial (01/12/2026): figures given to the wrong unit -------------------------------------------


def test_a_merger_partner_a_river_and_a_person_are_not_who_a_figure_is_about() -> None:
    text = (
        "Hưng Yên.\n\nTỉnh Hưng Yên (trước khi sáp nhập với Thái Bình) đã hoàn thành 1.750 căn nhà ở xã hội giai "
        "đoạn 2021-2024.\n\nKhu đô thị Đông sông Điện Biên có dự án nhà ở xã hội. Năm 2025, tại phường Phố Nối, "
        "tỉnh đã hoàn thành 1.076 căn nhà ở xã hội.\n\nÔng Nguyễn Hà Nam cho biết thành phố đã hoàn thành 900 căn "
        "nhà ở xã hội năm 2025."
    )
    extraction = extract_text(text, "t.txt", province="hungyen", date=dt.date(2025, 10, 1))
    assert [(f.units, f.years, f.territory) for f in extraction.placed] == [
        (1750, "2021-2024", "former:hungyen"),
        (1076, "2025", "hungyen"),
        (900, "2025", "hungyen"),
    ]


def test_a_lower_case_word_before_a_name_is_no_family_name() -> None:
    """ "sáng mai Hà Nội khởi công …": "mai" (tomorrow) is no family name, so Hà Nội is named."""
    text = "Đà Nẵng.\n\nSáng mai Hà Nội khởi công 3 dự án nhà ở xã hội với 2.000 căn."
    extraction = extract_text(text, "t.txt", province="danang", date=dt.date(2025, 8, 1))
    assert [(u.units, u.reason.code) for u in extraction.unplaced] == [(2000, "other_province")]


def test_in_a_former_units_draft_another_unit_named_keeps_its_own_former_territory() -> None:
    text = (
        "Bình Dương đẩy nhanh nhà ở xã hội\n\nNăm 2025, tỉnh Bình Dương phấn đấu hoàn thành 3.000 căn nhà ở xã hội. "
        "Tại TP. Hồ Chí Minh, năm 2025 thành phố phấn đấu hoàn thành 2.874 căn nhà ở xã hội."
    )
    extraction = extract_text(text, "t.txt", date=dt.date(2025, 3, 20))
    assert extraction.territory.value == "former:binhduong"
    assert [(f.units, f.territory) for f in extraction.placed] == [
        (3000, "former:binhduong"),
        (2874, "former:hochiminh"),
    ]


def test_a_paragraph_opening_on_its_day_dates_the_document_to_check() -> None:
    """A new user's trial (01/12/2026): "Quảng Ngãi, ngày 15/12/2025 – …" and "Ngày 20/3/2025, UBND tỉnh …"
    gave "the document's date was not found", so a count "đến nay" was left out."""
    text = (
        "Quảng Ngãi tăng tốc nhà ở xã hội\n\nQuảng Ngãi, ngày 15/12/2025 – Đến nay, tỉnh đã hoàn thành 268 căn nhà "
        "ở xã hội, đạt 111,7% chỉ tiêu năm 2025."
    )
    extraction = extract_text(text, "t.txt", province="quangngai")
    assert (extraction.date.value, extraction.date.how.code) == ("2025-12-15", "date_opening")
    assert next(n.code for n in extraction.to_check) == "date_opening_check"
    # counted "đến nay" against the 2025 quota, in a 2025 text: completed in 2025
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == [(268, "completed", "2025")]
    said = extract_text(
        "Tin\n\nNgày 20/3/2025, Sở Xây dựng tỉnh cho biết về nhà ở xã hội.", "t.txt", province="quangngai"
    )
    assert said.date.value == "2025-03-20"
    # a paragraph reporting a document issued that day, or not opening on the day, dates nothing (a review)
    for text in (
        "Tin\n\nNgày 3/4/2023, Thủ tướng Chính phủ ban hành Quyết định 338 về nhà ở xã hội.",
        "Tin\n\nTrước đó, ngày 12/6/2025, Quốc hội họp bàn về sắp xếp đơn vị hành chính cấp tỉnh và nhà ở xã hội.",
        "Tin\n\nTheo kế hoạch, ngày 30/12/2026 dự án nhà ở xã hội tại phường Nghĩa Chánh sẽ được khánh thành.",
    ):
        assert extract_text(text, "t.txt", province="quangngai").date.value is None


# -- a third review (01/12/2026), texts of the reviewer's own ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # "thành phố Hải Phòng", "yêu cầu Hà Nội" name the unit ("phố", "cầu" are no street or bridge here)
        ("Năm 2025, tỉnh Quảng Ngãi được giao chỉ tiêu hoàn thành 1.800 căn nhà ở xã hội.\n\nTheo Bộ Xây dựng, "
         "thành phố Hải Phòng đã hoàn thành 5.200 căn nhà ở xã hội trong năm 2025.", dt.date(2025, 8, 1),
         [(1800, "quota", "2025")]),
        ("Phó Thủ tướng yêu cầu Hà Nội phấn đấu hoàn thành 4.670 căn nhà ở xã hội trong năm 2025.",
         dt.date(2025, 8, 1), []),
        # "đến nay" takes no year from another ";"-part, nor from a year not the document's
        ("Đến nay, tỉnh Quảng Ngãi đã hoàn thành 5.000 căn nhà ở xã hội; theo kế hoạch, năm 2026 tỉnh sẽ khởi "
         "công thêm 4 dự án.", dt.date(2026, 3, 1), [(5000, "completed", None)]),
        ("Đến nay tỉnh Quảng Ngãi đã hoàn thành 3.500 căn nhà ở xã hội, vượt xa kế hoạch năm 2024 là 2.000 căn.",
         dt.date(2025, 8, 1), [(3500, "completed", None), (2000, "goal", "2024")]),
        # a need is a demand, a gap no quota
        ("Giai đoạn 2026 - 2030, nhu cầu nhà ở xã hội trên địa bàn tỉnh Quảng Ngãi cần phát triển khoảng 20.000 "
         "căn.", dt.date(2025, 8, 1), [(20000, "demand", "2026-2030")]),
        ("Năm 2025, tỉnh Quảng Ngãi còn cần phát triển 1.200 căn nhà ở xã hội để hoàn thành chỉ tiêu.",
         dt.date(2025, 8, 1), []),
        # the programme's quota "từ nay đến năm 2030" is the programme's span
        ("Theo Quyết định 338/QĐ-TTg, tỉnh Quảng Ngãi được giao chỉ tiêu hoàn thành 10.000 căn nhà ở xã hội từ nay "
         "đến năm 2030.", dt.date(2025, 8, 1), [(10000, "quota", "to 2030")]),
    ],
)  # fmt: skip
def test_what_a_third_review_found(text: str, date: dt.date, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    extraction = extract_text(_QN + text, "t.txt", province="quangngai", date=date)
    assert [(f.units, f.kind.value, f.years) for f in extraction.placed] == expected


def test_a_unit_named_in_a_comparison_or_of_another_kind_is_not_the_anaphors() -> None:
    """ "Giống như Quảng Ngãi, tỉnh …" in a text on Kon Tum is Kon Tum's; after "Sau sáp nhập" a figure is today's."""
    text = (
        "Kon Tum đẩy mạnh phát triển nhà ở xã hội\n\nKon Tum là tỉnh miền núi, giáp ranh với Quảng Ngãi và Gia "
        "Lai.\n\nGiống như Quảng Ngãi, tỉnh đặt mục tiêu năm 2025 hoàn thành 1.000 căn nhà ở xã hội."
    )
    extraction = extract_text(text, "t.txt", date=dt.date(2024, 10, 1))
    assert [(f.units, f.territory) for f in extraction.placed] == [(1000, "former:kontum")]


def test_a_document_named_in_passing_is_not_the_source_and_a_draft_is_yaml(run: Run, tmp_path: Path) -> None:
    """A regression trial (01/12/2026): a resolution named in passing ("thí điểm … theo Nghị quyết 201/2025/QH15")
    became the draft's source; `-o draft.json` wrote YAML into a .json file."""
    text = (
        "Đà Nẵng sẽ hoàn thành gần 5.000 căn nhà ở xã hội\n\nThành phố đặt mục tiêu hoàn thành 4.979 căn nhà ở xã hội "
        "trong năm 2026, trong đó có các dự án thí điểm theo Nghị quyết 201/2025/QH15 của Quốc hội."
    )
    extraction = extract_text(text, "t.txt", province="danang", date=dt.date(2026, 1, 7))
    assert extraction.document is None
    assert extraction.plan["sources"]["source"]["document"] == "Đà Nẵng sẽ hoàn thành gần 5.000 căn nhà ở xã hội"
    document = tmp_path / "t.txt"
    document.write_text(text, encoding="utf-8")
    code, _, err = run("extract", str(document), "--province", "danang", "-o", str(tmp_path / "draft.json"))
    assert code == 2 and "a draft plan is YAML" in err and not (tmp_path / "draft.json").exists()
