"""NX004: a key appears twice in one mapping."""

from __future__ import annotations

import unicodedata

from .helpers import messages, plan, problems


def test_different_keys_pass() -> None:
    assert problems(plan("territory: haiphong\nnotes: []\n"), "NX004") == []


def test_a_top_level_duplicate() -> None:
    text = plan("""\
        territory: haiphong
        territory: haiduong
    """)
    assert problems(text, "NX004") == [(8, 1)]
    assert messages(text, "NX004")[0].startswith("duplicate key 'territory' (first at line 7)")


def test_keys_equal_once_normalised_are_duplicates() -> None:
    nfd = unicodedata.normalize("NFD", "chậm")
    text = plan(f"""\
        scenarios:
          chậm: {{description: a}}
          {nfd}: {{description: b}}
    """)
    assert problems(text, "NX004") == [(9, 3)]


def test_each_duplicate_is_reported_and_the_first_value_kept() -> None:
    text = plan("""\
        notes: [first]
        notes: [second]
        notes: [third]
    """)
    assert problems(text, "NX004") == [(8, 1), (9, 1)]
