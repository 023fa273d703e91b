"""Property-based tests (hypothesis).

1. Generated and mutated plan files — values of the wrong type, keys dropped
   or duplicated, numbers huge, negative, NaN — never make `validate`,
   `forecast` (also by year, as of a date) or `report` crash or hang: every run ends with exit 0, 1 or 2 and a message.
2. On every valid generated plan the engine's invariants hold: each period's
   forecast is the sum of its stages, the whole span's is the sum of its
   periods, and no stage delivers a negative number of units.

Default budget: fixed seed, 60 examples per test (profile "ci");
HYPOTHESIS_PROFILE=long runs 3000.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from nhaoxh_cli.domain import Stage
from nhaoxh_cli.engine.projection import project
from nhaoxh_cli.engine.province import forecast_province
from nhaoxh_cli.loader import load_plan_text
from nhaoxh_cli.loader.registry import default_registry

from .conftest import PLANS, ROOT, Run

pytestmark = pytest.mark.slow  # hypothesis: many generated plans each

SEEDS = {
    "testland": (ROOT / "tests" / "plans" / "testland.yaml").read_text(encoding="utf-8"),
    "haiphong": (PLANS / "haiphong.yaml").read_text(encoding="utf-8"),
}

weird_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["4.017", "4,017", "NO", "yes", "01", "60%", "160%", "-5", "2021-2025", "total", "1e3"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def value_paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path of every value in `data`, the whole (`()`) first."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += value_paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += value_paths(value, (*prefix, index))
    return found


def _set(data: Any, path: tuple[Any, ...], value: Any, drop: bool) -> None:
    for part in path[:-1]:
        data = data[part]
    if drop:
        del data[path[-1]]
    else:
        data[path[-1]] = value


@st.composite
def mutated_plans(draw: st.DrawFn) -> tuple[str, str]:
    """(slug, YAML text): a real plan with a few values changed, dropped or duplicated."""
    slug = draw(st.sampled_from(sorted(SEEDS)))
    data = yaml.safe_load(SEEDS[slug])
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        paths = value_paths(data)[1:]  # every value but the whole
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        _set(data, path, draw(weird_values), drop=draw(st.booleans()))
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    lines = text.splitlines()
    if lines and draw(st.booleans()):  # duplicate or delete a line: duplicate keys, broken YAML
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        if draw(st.booleans()):
            lines.insert(index, lines[index])
        else:
            del lines[index]
    return slug, "\n".join(lines) + "\n"


@settings(max_examples=max(30, settings().max_examples // 2))  # seven commands an example: the suite's longest
@given(plan=mutated_plans())
def test_mutated_plans_never_crash(run: Run, plan: tuple[str, str]) -> None:
    slug, text = plan
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{slug}.yaml"
        path.write_text(text, encoding="utf-8")
        for args in (
            ["validate", str(path)],
            ["validate", str(path), "--format", "json", "--strict"],
            ["forecast", slug, "--plans-dir", folder],
            ["forecast", slug, "-f", "json", "--plans-dir", folder],
            ["forecast", slug, "--by", "year", "--as-of", "2026-11-22", "--plans-dir", folder],
            ["report", "--plans-dir", folder],
            ["report", "-f", "html", "--plans-dir", folder],
        ):
            code, out, err = run(*args)
            assert code in (0, 1, 2), (args, err)
            assert "Traceback" not in err
            assert out or err


@given(data=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    result = load_plan_text(data, "x.yaml")
    assert result.plan is not None or result.findings


# -- invariants on valid plans ------------------------------------------------

units = st.integers(min_value=0, max_value=10**7)


@st.composite
def valid_plans(draw: st.DrawFn) -> dict[str, Any]:
    def cite() -> dict[str, str]:
        return {"doc": "d", "section": "1"}

    starts = sorted(draw(st.sets(st.integers(min_value=2000, max_value=2100), min_size=1, max_size=5)))
    periods = [
        {"id": f"p{i}", "start_year": start, "end_year": (starts[i + 1] - 1 if i + 1 < len(starts) else start + 4)}
        for i, start in enumerate(starts)
    ]
    ids = [p["id"] for p in periods]
    pipeline: dict[str, Any] = {}
    for stage in draw(st.sets(st.sampled_from([s.value for s in Stage]))):
        stage_units = draw(st.none() | units)
        deliveries = []
        for period in draw(st.lists(st.sampled_from(ids), max_size=4)):
            delivery: dict[str, Any] = {"period": period, "source": cite()}
            if draw(st.booleans()):
                delivery["units"] = draw(units)
            if draw(st.booleans()):
                delivery["share"] = draw(st.integers(min_value=0, max_value=100))
            deliveries.append(delivery)
        pipeline[stage] = {"units": stage_units, "deliveries": deliveries}
    completed = [
        {"period": draw(st.sampled_from(ids)), "units": draw(units), "source": cite()}
        for _ in range(draw(st.integers(min_value=0, max_value=3)))
    ]
    targets = [
        {
            "kind": draw(st.sampled_from(["quota", "goal", "demand"])),
            "period": draw(st.sampled_from([*ids, "total"])),
            "units": draw(units),
            "source": cite(),
        }
        for _ in range(draw(st.integers(min_value=0, max_value=4)))
    ]
    return {
        "schema_version": 1,
        "province": {"slug": "gen", "name": "Gen"},
        "sources": {"d": {"document": "1/QĐ"}},
        "periods": periods,
        "targets": targets,
        "completed": completed,
        "pipeline": pipeline,
    }


@given(data=valid_plans())
def test_engine_invariants(data: dict[str, Any]) -> None:
    result = load_plan_text(yaml.safe_dump(data, allow_unicode=True), "gen.yaml")
    assert result.plan is not None, result.findings
    plan = result.plan
    projection = project(plan, plan.default_territory)
    for period in plan.periods:
        stages = list(projection.periods[period.id].values())
        assert all(v is None or v >= 0 for v in stages)
        if projection.has_pipeline and None not in stages:
            assert projection.period_total(period.id) == sum(v for v in stages if v is not None)
            assert projection.between(period.start_year, period.end_year) == projection.period_total(period.id)
        else:  # a stage that cannot be computed, or no pipeline at all: unknown, never a guess
            assert projection.period_total(period.id) is None
    totals = [projection.period_total(p.id) for p in plan.periods]
    if None not in totals and projection.has_pipeline:
        assert projection.between(projection.years[0], projection.years[-1]) == sum(t for t in totals if t is not None)
    for key, by_year in projection.by_stage.items():
        parts = [projection.periods[p.id].get(key) for p in plan.periods]
        assert all(units >= 0 for units in by_year.values())
        if None not in parts:
            assert sum(by_year.values()) == sum(v for v in parts if v is not None)
    as_of = dt.date(plan.periods[0].start_year, 6, 30)
    for assessment in forecast_province(plan, default_registry(), as_of).territories[0].assessments:
        if assessment.gap is not None:
            assert assessment.gap == (assessment.value or 0) - (assessment.target.units or 0)


PHRASES = st.sampled_from(
    [
        "Các dự án đã khởi công: 4.017/6.570 căn (khoảng 60%).",
        "- Giai đoạn 2022-2025: hoàn thành 15.400 căn;",
        "- Dự báo phát triển nhà ở xã hội đến năm 2025:",
        "Tổng số căn nhà ở xã hội đến năm 2025 sẽ có khoảng 15.540 căn.",
        "nhu cầu khoảng 48.700 căn",
        "**Số: ~~147~~ /QĐ-UBND**",
        "Hải Phòng, ngày 15 tháng 01 năm 2024",
        "II. NHIỆM VỤ",
        "1.2. Dự báo:",
        "+ Các dự án dự án khác: 11.934/23.191 căn (khoảng 50%).",
        "Kinh phí 82,735 tỷ đồng",
        "",
    ]
)


@given(lines=st.lists(PHRASES | st.text(max_size=40), max_size=25))
def test_extract_never_crashes_and_writes_yaml(run: Run, lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "decision.txt"
        source.write_text("\n".join(lines), encoding="utf-8")
        draft = Path(folder) / "out" / "draft.yaml"
        code, _, err = run("extract", str(source), "-o", str(draft))
        assert "Traceback" not in err
        if code == 2:  # NUL bytes: not a text file, refused with a message (a stray NUL in good text is dropped)
            assert "\x00" in "".join(lines) and not draft.exists()
            return
        assert code in (0, 1)
        if code == 1:  # no figure placed: no draft
            assert not draft.exists()
            return
        assert isinstance(yaml.safe_load(draft.read_text(encoding="utf-8")), dict)  # always a YAML mapping
        code, _, err = run("validate", str(draft))
        assert code in (0, 1) and "Traceback" not in err
