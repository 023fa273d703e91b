"""Generate plan sets for the benchmark, deterministically (same arguments, same bytes).

    python benchmarks/generate.py plans N FOLDER      # N realistic plan files (the Hải Phòng plan, renamed)
    python benchmarks/generate.py projects N FILE     # one plan listing N projects

The plan files are copies of data/plans/haiphong.yaml with a slug of their own,
so every file is a full, valid, realistic plan (~300 lines, warnings
included): the first 34 take the slugs of today's 34 provincial units, with
the merged city's figures as theirs (so the report has a full row for each),
the others p00035 … (the report lists them as
left out: a country has only 34 provinces). The project plan puts N projects in the five stages with
units, investors, dates and an expected completion year derived from their
index, so the stage totals and the forecast are known.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
STAGES = ["started", "investor_selected", "selecting_investor", "other", "old_apartment_renovation"]


def plans(count: int, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = (ROOT / "data" / "plans" / "haiphong.yaml").read_text(encoding="utf-8")
    text = text.replace("  aliases: [hai-phong, thanh-pho-hai-phong]\n", "")
    registry = yaml.safe_load((ROOT / "data" / "provinces.yaml").read_text(encoding="utf-8"))
    units = [unit["slug"] for unit in registry["current"]]
    for index in range(1, count + 1):
        slug = units[index - 1] if index <= len(units) else f"p{index:05d}"
        plan = text.replace("slug: haiphong", f"slug: {slug}")
        if index <= len(units):  # a unit of today: the merged city's figures become its own
            plan = plan.replace("territory: haiphong\n", f"territory: {slug}\n")
        (folder / f"{slug}.yaml").write_text(plan, encoding="utf-8")


def projects(count: int, path: Path) -> None:
    lines = [
        "schema_version: 1",
        "province: {slug: bench, name: Benchmark}",
        'sources: {d: {document: 1/QĐ-UBND, date: "2025-01-01"}}',
        "periods:",
        "  - {id: 2021-2025, start_year: 2021, end_year: 2025}",
        "  - {id: 2026-2030, start_year: 2026, end_year: 2030}",
        "targets:",
        "  - {id: q1, kind: quota, period: 2021-2025, units: 100000, source: {doc: d, section: '1'}}",
        "  - {id: q2, kind: quota, period: 2026-2030, units: 400000, source: {doc: d, section: '1'}}",
        "pipeline:",
    ]
    per_stage = [count // len(STAGES) + (1 if i < count % len(STAGES) else 0) for i in range(len(STAGES))]
    number = 0
    for stage, n in zip(STAGES, per_stage, strict=True):
        lines.append(f"  {stage}:")
        lines.append("    deliveries:")
        lines.append("      - {period: 2021-2025, share: 40%, source: {doc: d, section: '2'}}")
        lines.append("      - {period: 2026-2030, share: 60%, source: {doc: d, section: '2'}}")
        lines.append("    projects:")
        for _ in range(n):
            number += 1
            units = 50 + number % 450
            year = 2021 + number % 10
            lines.append(
                f"      - {{name: Dự án {number}, units: {units}, location: Phường {number % 97}, "
                f'investor: Công ty {number % 311}, construction_start: "{year - 2}-03-01", '
                f"expected_completion: {year}}}"
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    kind, count, target = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    (plans if kind == "plans" else projects)(count, target)
