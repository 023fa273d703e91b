"""NX113: a source that is a file of this repository."""

from __future__ import annotations

import pytest

from .helpers import HEAD, messages, problems


def _source(document: str) -> str:
    return HEAD.replace('doc1: {document: 1/QĐ-UBND, date: "2024-01-15"}', f'doc1: {{document: "{document}"}}')


@pytest.mark.parametrize(
    "document",
    [
        "1/QĐ-UBND",
        "Lao Động, news.laodong.vn/…-1637562.ldo",
        "Việt Nam News, vietnamnews.vn/society/1763866",
        "Báo cáo 12/BC-SXD về dữ liệu nhà ở",
    ],
)
def test_a_document_or_an_article_passes(document: str) -> None:
    assert problems(_source(document), "NX113") == []


@pytest.mark.parametrize(
    "document",
    [
        "shared/reference/national-figures.md",
        "data/figures/reference-2026-11.csv",
        "see docs/plan-format.md",
        "province-figures.md",
        "haiphong.yaml",
    ],
)
def test_a_file_of_this_repository(document: str) -> None:
    assert problems(_source(document), "NX113") == [(3, 28)]


def test_the_message_names_the_source_and_the_file() -> None:
    assert messages(_source("shared/reference/national-figures.md"), "NX113") == [
        "the source 'doc1' is the file shared/reference/national-figures.md; cite what it cites"
    ]
