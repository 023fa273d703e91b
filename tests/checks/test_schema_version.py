"""NX110: a schema_version this nhaoxh does not read."""

from __future__ import annotations

from .helpers import HEAD, problems


def test_version_1_passes() -> None:
    assert problems(HEAD, "NX110") == []


def test_version_2() -> None:
    assert problems(HEAD.replace("schema_version: 1", "schema_version: 2"), "NX110") == [(1, 17)]


def test_no_version_points_at_the_file() -> None:
    assert problems(HEAD.replace("schema_version: 1\n", ""), "NX110") == [(1, 1)]


def test_version_true() -> None:
    assert problems(HEAD.replace("schema_version: 1", "schema_version: yes"), "NX110") == [(1, 17)]
