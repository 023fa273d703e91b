"""Every screen read as a provincial official reads it: no internal id, no English word in Vietnamese,
names and dates as people write them, every row saying something, wrapped lines that show where they
belong (the review of 26/11/2026, items 25–34)."""

from __future__ import annotations

import re

import pytest

from nhaoxh_cli.i18n import using
from nhaoxh_cli.loader.registry import default_registry
from nhaoxh_cli.render import tables, words
from nhaoxh_cli.results.common import SourceRef

from .conftest import PLANS, Run

AS_OF = ("--as-of", "2026-11-26")


def _run(run: Run, monkeypatch: pytest.MonkeyPatch, lang: str, *args: str, columns: int | None = None) -> str:
    """The command's output at `columns` (None: at full width, as in a pipe)."""
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", str(columns))
    dated = AS_OF if args[0] in ("forecast", "report", "explain") else ()
    code, out, err = run("--lang", lang, *args, *dated, "--plans-dir", str(PLANS))
    assert code in (0, 1), err
    return out


# item 25: ids and keys never shown as words


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_scenarios_are_named_in_words(run: Run, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    out = _run(run, monkeypatch, lang, "forecast", "haiphong", "--scenario", "delayed")
    assert {"en": "scenario a year late", "vi": "kịch bản chậm một năm"}[lang] in out
    assert "delayed" not in out


def test_a_plans_own_scenario_keeps_its_name_in_quotes() -> None:
    with using("vi"):
        assert words.scenario("pessimistic") == "bi quan"
        assert words.scenario("fast") == '"fast"'


def test_calibrated_rates_name_the_country_not_its_id(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _run(run, monkeypatch, "vi", "forecast", "haiphong", "--calibrated")
    assert "hiệu chỉnh (theo tốc độ của cả nước)" in out and "theo thời điểm của cả nước" in out
    assert not re.search(r"\bvietnam\b", out)


def test_stage_keys_in_findings_are_the_stages_words(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _run(run, monkeypatch, "vi", "forecast", "haiphong", "--details")
    assert "NX302 đã khởi công:" in out and "NX303 cải tạo chung cư cũ trong 2026-2030" in out
    assert "started" not in out and "old_apartment_renovation" not in out
    english = _run(run, monkeypatch, "en", "forecast", "haiphong", "--details")
    assert "NX302 construction started:" in english and "old apartment renovation in 2026-2030" in english


def test_a_sources_words_inside_a_note_are_quoted(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bắc Giang's goal is a share of "số công nhân có nhu cầu…", the source's own words: quoted, with
    the sentence around them in the reader's language."""
    vi = _run(run, monkeypatch, "vi", "forecast", "bacninh")
    assert "chưa rõ số căn của chỉ tiêu: 80% của “số công nhân có nhu cầu về nhà ở" in vi and "% of " not in vi
    en = _run(run, monkeypatch, "en", "forecast", "bacninh")
    assert "the target's units are unknown: 80% of “số công nhân có nhu cầu về nhà ở" in en
    # a derivation is the plan's arithmetic, its numbers in the reader's format (data/plans/danang.yaml:
    # derived "2.907 / 1,08 ≈ 2.690", the 2025 target backed out of the 108 % reported)
    assert "chỉ tiêu do kế hoạch suy ra: 2.907 / 1,08 ≈ 2.690" in _run(run, monkeypatch, "vi", "forecast", "danang")
    assert "target derived by the plan: 2,907 / 1.08 ≈ 2,690" in _run(run, monkeypatch, "en", "forecast", "danang")


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["forecast", "haiphong", "--details", "--by", "year"],
        ["forecast", "hochiminh", "--calibrated"],
        ["report"],
        ["report", "-f", "html"],
        ["validate"],
    ],
)
def test_no_slug_in_text_or_html(run: Run, monkeypatch: pytest.MonkeyPatch, lang: str, args: list[str]) -> None:
    """A unit is named, never by its slug or territory id (`provinces` lists the slugs to type, by design)."""
    if args[0] == "validate":
        out = run("--lang", lang, "validate", str(PLANS))[1]
    else:
        out = _run(run, monkeypatch, lang, *args)
    out = re.sub(r"[\w./-]*\.(?:yaml|vn|com|org|net)[\w./…-]*", "", out)  # file names and addresses
    slugs = {u.slug for u in default_registry().current} | {"vietnam"}
    assert "former:" not in out
    assert sorted(s for s in slugs if re.search(rf"(?<![\w/.-]){s}(?![\w.-])", out)) == []


def test_same_slot_names_a_former_unit_in_the_readers_language() -> None:
    registry = default_registry()
    text = registry.territory_text("former:haiphong")
    assert str(text) == "Hải Phòng (before the 2025 merger)"
    with using("vi"):
        assert text.shown() == "Hải Phòng (trước sáp nhập 2025)"  # type: ignore[union-attr]


# item 27: "ngày" only before a day


def test_a_source_is_dated_as_precisely_as_the_plan_dates_it() -> None:
    def ref(published: str) -> SourceRef:
        return SourceRef(document="Lao Động", published=published)

    with using("vi"):
        assert words.source(ref("2025-12-18")) == "Lao Động ngày 18/12/2025"
        assert words.source(ref("2025-09")) == "Lao Động tháng 09/2025"
        assert words.source(ref("2025")) == "Lao Động năm 2025"
    with using("en"):
        assert words.source(ref("2025-09")) == "Lao Động of Sep 2025"
        assert words.source(ref("2025")) == "Lao Động of 2025"


def test_no_day_word_before_a_month_or_a_year(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _run(run, monkeypatch, "vi", "forecast", "haiphong", "--details")
    assert "tháng 09/2025" in out and "năm 2025" in out
    assert not re.search(r"ngày (\d{2}/\d{4}|\d{4})\b", out)


# item 28


def test_a_plain_province_is_a_tinh(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _run(run, monkeypatch, "vi", "provinces")
    row = next(line for line in out.splitlines() if "Cao Bằng" in line)
    assert "│ tỉnh " in row and "tỉnh, thành phố" not in out
    assert "│ thành phố " in next(line for line in out.splitlines() if "Hà Nội" in line)


# item 29: Hồ Chí Minh is a person's name


def test_ho_chi_minh_city_is_named_as_a_city(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    vi = _run(run, monkeypatch, "vi", "forecast", "hochiminh")
    assert vi.startswith("Thành phố Hồ Chí Minh — ") and "\nTP. Hồ Chí Minh\n" in vi
    assert "TP. Hồ Chí Minh (trước sáp nhập 2025)" in vi
    en = _run(run, monkeypatch, "en", "forecast", "hochiminh")
    assert en.startswith("Ho Chi Minh City — ") and "Ho Chi Minh City (before the 2025 merger)" in en
    report = _run(run, monkeypatch, "vi", "report")
    assert "TP. Hồ Chí Minh" in report and not re.search(r"(?<!TP\. )(?<!phố )Hồ Chí Minh", report)
    # other cities stay bare in running text; a title names any unit in full
    assert "\nHải Phòng\n" in _run(run, monkeypatch, "vi", "forecast", "haiphong")
    assert _run(run, monkeypatch, "vi", "forecast", "caobang").startswith("Tỉnh Cao Bằng — ")


@pytest.mark.parametrize(
    "name", ["hochiminh", "Hồ Chí Minh", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "hcmc"]
)
def test_every_spelling_still_finds_the_city(name: str) -> None:
    found = default_registry().lookup(name)
    assert found is not None and found[0].slug == "hochiminh" and found[0].name == "Hồ Chí Minh"


def test_json_keeps_the_registrys_name(run: Run) -> None:
    out = run("--lang", "vi", "forecast", "hochiminh", "-f", "json", *AS_OF, "--plans-dir", str(PLANS))[1]
    assert '"name": "Hồ Chí Minh"' in out and "TP." not in out


# item 31: a card's sentence


def test_a_card_reads_as_a_sentence(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    vi = _run(run, monkeypatch, "vi", "forecast", "haiphong", columns=80)
    assert "chưa rõ — đã hoàn thành 19.008 / 49.400;" in vi and "đến nay /" not in vi
    assert "chưa rõ — chỉ tiêu 32.845;" in vi
    assert "mục tiêu 2025\n   chưa rõ — mục tiêu 576;" in vi  # a goal is a goal, not a quota
    en = _run(run, monkeypatch, "en", "forecast", "haiphong", columns=80)
    assert "unknown — 19,008 delivered so far of 49,400;" in en


def test_a_target_without_units_says_why_not_dash(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    for lang in ("en", "vi"):
        out = _run(run, monkeypatch, lang, "forecast", "caobang", columns=80)
        assert "target —" not in out and "chỉ tiêu —" not in out and "~—" not in out
    assert "chưa rõ — không được giao chỉ tiêu năm 2025" in out
    sonla = _run(run, monkeypatch, "vi", "forecast", "sonla", columns=80)
    assert "đạt — chỉ tiêu không nêu số (204%);" in sonla and "— —" not in sonla


def test_nothing_is_reported_for_years_that_end_in_a_dash(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    for lang in ("en", "vi"):
        out = _run(run, monkeypatch, lang, "report")
        assert "–—" not in out and "~—" not in out


# item 32: every row says something


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_no_empty_card(run: Run, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for args in (["forecast", "haiphong", "--by", "year"], ["forecast", "hochiminh", "--by", "year"], ["report"]):
        lines = _run(run, monkeypatch, lang, *args, columns=80).splitlines()
        headings = [i for i, line in enumerate(lines) if re.match(r" \S", line)]
        empty = [lines[i] for i in headings if i + 1 >= len(lines) or not lines[i + 1].startswith("   ")]
        assert empty == [], args
    assert {"en": "no figures yet", "vi": "chưa có số liệu"}[lang] in "\n".join(lines)


# item 33: layout


def test_wrapped_lines_hang_under_their_first(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _run(run, monkeypatch, "vi", "forecast", "haiphong", "--details", columns=80)
    lines = out.splitlines()
    for i, line in enumerate(lines[1:], 1):
        before = lines[i - 1]
        if before.startswith("  ! NX"):  # a finding goes on further in than the "!"
            assert line.startswith("    ") or line.startswith("  ! "), line
    card = next(i for i, line in enumerate(lines) if line.startswith("   chưa rõ — đã hoàn thành 19.008 / 49.400;"))
    assert lines[card + 1].startswith("     ")  # a card's line goes on at 5, under its first word
    assert all(len(line) <= 80 for line in lines)


def test_wide_findings_hang_too(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    for columns in (100, 160):
        lines = _run(run, monkeypatch, "en", "forecast", "haiphong", "--details", columns=columns).splitlines()
        start = next(i for i, line in enumerate(lines) if line.startswith("The sources' own figures disagree"))
        assert all(line.startswith(("  ! NX", "    ")) for line in lines[start + 1 :]), columns


def test_headers_read_from_their_top(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    for columns in (110, 120, 130):
        lines = _run(run, monkeypatch, "en", "forecast", "hochiminh", columns=columns).splitlines()
        header = next(line for line in lines if line.startswith("┃"))
        assert "target" in header and "years" in header, (columns, header)


def test_a_title_breaks_between_phrases(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    for lang, columns in (("en", 80), ("vi", 80), ("en", 60)):
        out = _run(run, monkeypatch, lang, "forecast", "haiphong", "--simulate", "500", "--seed", "1", columns=columns)
        seed = {"en": "random seed 1", "vi": "số gốc ngẫu nhiên 1"}[lang]
        assert seed in out, (lang, columns)
        line = next(line for line in out.splitlines() if seed in line)
        assert line.startswith("  — "), line


def test_a_long_word_is_cut_not_lost() -> None:
    text = "  [x] " + "a" * 100
    out = tables.to_text([text], color=False, width=40)
    assert out.replace("\n", "").replace(" ", "") == text.replace(" ", "")
    assert all(len(line) <= 40 for line in out.splitlines())


def test_bac_giang_states_what_its_goals_are_of_in_the_sources_words() -> None:
    """`of_text` is the source's words (each matches its quote); the plan's own explanation goes in
    `description`, never into the source's words."""
    import yaml

    plan = yaml.safe_load((PLANS / "bacninh.yaml").read_text(encoding="utf-8"))
    bac_giang = [t for t in plan["targets"] if t.get("territory") == "former:bacgiang" and "of_text" in t]
    assert len(bac_giang) == 3
    for target in bac_giang:
        assert target["of_text"].split(" ")[-1] in target["source"]["quote"] or "Đề án" in target["of_text"]
        assert not re.search(r"\b(the|of|source|does)\b", target["of_text"]), target["of_text"]


def test_findings_name_targets_and_dates_as_a_reader_does(run: Run) -> None:
    """NX308 names the target by its kind and years, not its id; NX312 dates the snapshots the reader's way."""
    vi = run("--lang", "vi", "validate", str(PLANS))[1]
    assert "vietnam.vn ghi 14.500 cho chỉ tiêu 2021-2025," in vi and "quota-2021-2025-vietnamvn" not in vi
    assert "giữa hai lần thống kê 31/12/2024 và 31/12/2025" in vi
    en = run("--lang", "en", "validate", str(PLANS))[1]
    assert "vietnam.vn gives 14,500 for quota 2021-2025," in en


def test_a_settled_target_under_other_bases_says_so(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _run(run, monkeypatch, "vi", "forecast", "haiphong", "--scenario", "delayed")
    assert "chưa rõ, như ở trên (như nhau trên mọi cơ sở)" in out and "— · —" not in out


def test_explain_wraps_under_its_words(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """`explain` at 80 columns: a step's line goes on under its words (after "+ "), never mid-word."""
    lines = _run(run, monkeypatch, "vi", "explain", "haiphong", "--period", "2021-2025", columns=80).splitlines()
    assert all(len(line) <= 80 for line in lines)
    step = next(i for i, line in enumerate(lines) if line.startswith("+ đã khởi công: 4.017"))
    assert lines[step + 1].startswith("    ") and lines[step + 2].startswith("+ ")


def test_a_provinces_card_is_headed_by_its_name(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _run(run, monkeypatch, "vi", "provinces", columns=80)
    assert "\n 04 · Cao Bằng\n   mã định danh caobang · loại tỉnh ·" in out


def test_a_snapshots_english_label_is_its_date_in_vietnamese(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    vi = _run(run, monkeypatch, "vi", "forecast", "vietnam", "--details")
    assert "end of 2024" not in vi and "│ 31/12/2024 │ 655 / 593.428" in vi
    en = _run(run, monkeypatch, "en", "forecast", "vietnam", "--details")
    assert "end of 2024 (report of Mar 2025)" in en or "end of 2024 (report of 03/2025)" in en


def test_a_label_of_english_words_around_a_documents_name_is_not_shown_in_vietnamese(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hà Nội's "QĐ 444 total" is English words with a document's name ("chỉ tiêu total" on the screen):
    Vietnamese shows the target by its kind, years and document; English keeps the label."""
    vi = _run(run, monkeypatch, "vi", "forecast", "hanoi")
    assert "total" not in vi and "│ chỉ tiêu 2025–2030 (444/QĐ-TTg) │" in vi
    assert "QĐ 444 total" in _run(run, monkeypatch, "en", "forecast", "hanoi")
    hp = _run(run, monkeypatch, "vi", "forecast", "haiphong")
    assert "chỉ tiêu 2021–2030: Đề án 338, cả giai đoạn 2021-2030 (338/QĐ-TTg)" in hp  # Vietnamese: shown


def test_validate_in_a_terminal_wraps_with_a_hanging_indent() -> None:
    """In a terminal a long finding goes on indented under its start; in a pipe or a file it stays one line
    (editors and CI read file:line:column a line)."""
    from nhaoxh_cli import api
    from nhaoxh_cli.render import RenderOptions
    from nhaoxh_cli.render.validate import text

    report = api.validate(PLANS / "haiphong.yaml")
    with using("vi"):
        wide = text.render(report, RenderOptions())
        narrow = text.render(report, RenderOptions(terminal=True, width=80))
    assert all(line.startswith(("data/", "/", "    ")) or line.startswith("đã kiểm tra") for line in wide.splitlines())
    lines = narrow.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert any(line.startswith("  ") and not line.startswith("    gợi ý") for line in lines)
    assert narrow.replace("\n  ", " ").replace("\n    ", " ").count("NX30") == wide.count("NX30")


def test_a_cards_pairs_break_between_pairs(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    """ "2025 target 13,040 · 2026 target 28,500": a line breaks before a "·", never inside "2026 target"."""
    out = _run(run, monkeypatch, "en", "report", columns=80)
    card = out[out.index(" 79 · Ho Chi Minh City") :].splitlines()
    assert card[1].endswith("status met") and card[2].startswith("     · 2026 target 28,500")
