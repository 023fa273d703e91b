"""NX007 — the file exceeds a limit.

A hostile file must not exhaust the machine that reads it (CI runs nhaoxh on
strangers' pull requests): files over 20 MiB are refused before they are
read (`--max-file-size`), files of more than 2.000.000 values while they are
read (`--max-values`), and values nested more than 64 levels deep — bracket
nesting before the parser sees it, since libyaml slows down with the square
of its depth (see loader/limits.py and docs/security.md).

Passes::

    scenarios: {slow: {stages: {started: {share_factor: 80, delay_years: 1}}}}

Fails with NX007::

    notes: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["sixty-five levels"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
"""

from __future__ import annotations

from ...findings import ProblemCode
from ..rule import ERROR, Rule, Stage

LIMIT = ProblemCode(
    "NX007", ERROR, "file exceeds a size limit", "split the file, or raise the limit if the plan really is this large"
)

RULE = Rule(__name__, (LIMIT,), Stage.LOADER)
