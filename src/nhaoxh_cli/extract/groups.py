"""Figures read together: a total and the part "trong số này"; parts after a colon that add up.

"12 dự án …, quy mô 4.447 căn; 2.929 căn trong số này đã hoàn thành": the
first, saying no kind of its own, is a stated total. "364 căn … đã hoàn
thành: 240 căn … và 124 căn …": the parts are not placed again.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from . import lexicon as lx
from .candidate import Candidate
from .result import Kind, Note
from .sentence import Found, Sentence


def of_which(s: Sentence, found: list[Found], result: list[Candidate]) -> None:
    """ "12 dự án …, quy mô 4.447 căn; 2.929 căn trong số này đã hoàn thành": the first is a stated total."""
    counts = [(f, c) for f, c in zip(found, aligned(found, result), strict=True) if c is not None and f.unit == "căn"]
    for k, ((f1, c1), (f2, c2)) in enumerate(pairwise(counts)):
        if c1.hold is not None or c2.kind is None:
            continue
        near = s.tokens[f2.last : f2.last + 4]
        if c1.kind is None and any(True for _ in lx.OF_WHICH.find(near)):
            c1.kind = Kind.STATED_TOTAL
            c1.fields["cue"] = "trong số này"
            c1.single_project = False
            continue
        # "tiếp tục triển khai 4 dự án, khoảng 1.348 căn; trong đó đã hoàn thành 352 căn … và dự kiến 996 căn":
        # a count the parts after "trong đó" are completions or stages of, adding up to no more than it
        between = s.tokens[f1.last : f2.first]
        if c1.kind in (None, Kind.PIPELINE) and any(True for _ in lx.OF_WHICH.find(between)):
            parts = [
                c
                for _, c in counts[k + 1 : k + 13]
                if c.hold is None and c.kind in (Kind.PIPELINE, Kind.COMPLETED, Kind.EXPECTED)
            ]
            if c1.units is not None and parts and sum(p.units or 0 for p in parts) <= c1.units:
                c1.become_total()
                c1.fields["cue"] = "trong đó"


def parts(s: Sentence, found: list[Found], result: list[Candidate]) -> None:
    """ "364 căn …: 240 căn … và 124 căn …": parts that add up to the figure before the colon."""
    pairs = [(f, c) for f, c in zip(found, aligned(found, result), strict=True) if c is not None and f.units]
    stops = [i for i, t in enumerate(s.tokens) if t.text in (":", ";")]
    for k, (f, c) in enumerate(pairs):
        at = bisect_left(stops, f.last)
        colon = stops[at] if at < len(stops) else None
        if colon is None or s.tokens[colon].text != ":":
            continue
        later = [(g, d) for g, d in pairs[k + 1 : k + 12] if g.first > colon]
        total = 0
        for n, (g, _) in enumerate(later):
            total += g.units or 0
            if total == f.units and n >= 1:
                for _, part in later[: n + 1]:
                    if part.hold is None and (part.when is None or part.when == c.when):
                        part.hold = Note.of("part_of_total", total=c.written, line=c.line)
                break
            if total > (f.units or 0):
                break


def aligned(found: list[Found], result: list[Candidate]) -> list[Candidate | None]:
    by_token = {c.position[2]: c for c in result}
    return [by_token.get(f.first) for f in found]
