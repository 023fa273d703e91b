"""extract stays linear: texts built to make backtracking patterns explode finish quickly.

The measured run (20 MiB in about 8 s) is in docs/extract.md; this test guards the shape with a
1 MiB text and a generous bound, so a quadratic pattern (a 272 KB text once took 212 s) fails it.
"""

from __future__ import annotations

import time

from nhaoxh_cli.extract import extract_text

HOSTILE = [
    "1" * 20_000,  # a digit run: a number pattern with nested quantifiers retries it from every digit
    "4.017/" * 3_000,  # N/M without end
    ". " * 5_000,  # sentence ends without sentences
    "căn " * 5_000,  # units without numbers
    "năm 2025 " * 3_000,  # years without figures
    "a" * 50_000 + " 5 căn",  # one endless word
    "| 1 | 2 | 3 |\n" * 500,  # a table of nothing
    "12\n\n" * 2_000,  # one cell per line, forever
    "Đà Nẵng được giao chỉ tiêu hoàn thành 4.979 căn nhà ở xã hội trong năm 2026, " * 2_000,  # one long sentence
]


def test_a_hostile_megabyte_is_read_in_linear_time() -> None:
    text = "\n\n".join(HOSTILE)
    text = (text * (1_048_576 // len(text) + 1))[:1_048_576]
    started = time.perf_counter()
    extraction = extract_text(text, "hostile.txt", province="danang")
    assert time.perf_counter() - started < 10
    assert 4979 in {f.units for f in extraction.placed}
