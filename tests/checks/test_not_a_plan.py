"""NX008: the file holds no plan."""

from __future__ import annotations

import pytest

from .helpers import problems


def test_a_mapping_passes() -> None:
    assert problems("schema_version: 1\nprovince: {slug: testland, name: Tỉnh Thử}\n", "NX008") == []


@pytest.mark.parametrize("text", ["", "# only a comment\n", "- schema_version: 1\n", "hello\n", "~\n"])
def test_not_a_mapping(text: str) -> None:
    assert problems(text, "NX008") == [(1, 1)]
