"""NX003–NX007: reading YAML safely."""

from __future__ import annotations

import unicodedata

from nhaoxh_cli.loader.limits import Limits

from .helpers import findings, messages, plan, problems

# -- NX003: the text is not YAML.


def test_plain_text_passes() -> None:
    assert problems(plan('territory: "a: b"\n'), "NX003") == []


def test_a_second_colon() -> None:
    assert problems(plan("territory: a: b\n"), "NX003") == [(7, 13)]


def test_a_control_character_is_placed() -> None:
    assert problems(plan("notes: [a\x07]\n"), "NX003") == [(7, 10)]


def test_a_key_that_is_a_list() -> None:
    assert problems(plan("? [a, b]\n: c\n"), "NX003") == [(7, 3)]


def test_a_second_document() -> None:
    assert problems(plan("---\nnotes: []\n"), "NX003") == [(7, 1)]


# -- NX004: a key appears twice in one mapping.


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


# -- NX005: an alias or a merge key.


def test_an_anchor_alone_passes() -> None:
    assert problems(plan("notes:\n  - &n text\n"), "NX005") == []


def test_an_alias() -> None:
    text = plan("""\
        notes:
          - &n text
          - *n
    """)
    assert problems(text, "NX005") == [(9, 5)]


def test_a_merge_key() -> None:
    text = plan("""\
        scenarios:
          slow: &s {description: slow}
          slower:
            <<: *s
    """)
    assert problems(text, "NX005") == [(10, 5)]


def test_an_alias_as_a_key() -> None:
    assert problems(plan("scenarios:\n  a: &k x\n  *k : y\n"), "NX005") == [(9, 3)]


# -- NX006: a YAML tag other than the plain types.


def test_plain_types_pass_even_tagged() -> None:
    assert problems(plan("territory: !!str haiphong\nnotes: !!seq [a]\n"), "NX006") == []


def test_a_binary_value() -> None:
    assert problems(plan("territory: !!binary aGk=\n"), "NX006") == [(7, 12)]


def test_a_set() -> None:
    assert problems(plan("notes: !!set {a: null}\n"), "NX006") == [(7, 8)]


def test_a_python_object_runs_nothing() -> None:
    found = findings(plan('territory: !!python/object/apply:os.system ["exit 1"]\n'))
    assert [(f.code, f.line, f.column) for f in found] == [("NX006", 7, 12)]
    assert "!!python/object/apply:os.system" in found[0].message


# -- NX007: the file exceeds a limit.


def test_sixty_four_brackets_pass() -> None:
    assert problems(plan("notes: " + "[" * 63 + "x" + "]" * 63 + "\n"), "NX007") == []


def test_sixty_five_brackets_are_refused_before_parsing() -> None:
    text = plan("notes: " + "[" * 65 + "x" + "]" * 65 + "\n")
    assert problems(text, "NX007") == [(7, 72)]  # the 65th bracket


def test_nesting_below_the_limit() -> None:
    text = plan("""\
        notes:
          - [[x]]
    """)
    assert problems(text, "NX007", Limits(max_depth=3)) == [(8, 6)]


def test_the_number_of_values() -> None:
    text = plan("notes: [a, b, c, d]\n")
    # 1 the file's mapping, 2-9 schema_version to sources, 10-18 the periods, 19 notes, 20 a, 21 b
    assert problems(text, "NX007", Limits(max_values=20)) == [(7, 12)]
    assert messages(text, "NX007") == []
