"""Words and numbers of a sentence, and phrases looked up in one pass.

A sentence is cut once into tokens (numbers, words, punctuation) by a
single linear pattern; phrases ("được giao chỉ tiêu", "đang thi công") are
found by looking up each token's phrases in a dictionary, so recognition
costs the length of the text times the few phrases that start with a word —
never the backtracking of a pattern over the whole text.

Numbers: "4.979" and "1,062,200" group thousands; "82,735" before "tỷ" is a
decimal amount; "1 triệu căn" is a million units.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Generic, TypeVar

_TOKEN = re.compile(r"\d+(?:[.,/]\d+)*|[^\W\d_]+|\S")
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_TONES_OLD = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
    "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip


@lru_cache(maxsize=65536)
def canon(word: str) -> str:
    """Lower case, tone marks placed one way ("Hoà" and "Hòa", "Thuỷ" and "Thủy" are one word)."""
    word = word.lower()
    if len(word) >= 2 and word[-2:] in _TONES_OLD:  # only an open syllable: "hoà" → "hòa", never "đoạn"
        word = word[:-2] + _TONES_OLD[word[-2:]]
    return word


class Token:
    """A word, number or punctuation mark of a sentence; `word` is its canonical form, offsets are the block's."""

    __slots__ = ("end", "is_number", "start", "text", "word")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.word = canon(text)
        self.start = start
        self.end = end
        self.is_number = text[0].isdigit()

    def __repr__(self) -> str:
        return f"Token({self.text!r})"


def tokenize(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def count_value(written: str) -> int | None:
    """A count as written: "4.979" → 4979, "2,874" → 2874, "364" → 364; None for "16,0" or "3,6"."""
    if written.isdigit():
        return int(written)
    if _GROUPED.fullmatch(written):
        return int(written.replace(".", "").replace(",", ""))
    return None


def amount_value(written: str) -> Decimal | None:
    """An amount as written: "82,735" → 82.735, "1.250,5" → 1250.5, "120.000" → 120000."""
    try:
        return Decimal(written.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def year_value(token: Token) -> int | None:
    """A year of the programme's era (1990–2100), written as four digits."""
    if len(token.text) == 4 and token.text.isdigit():
        year = int(token.text)
        return year if 1990 <= year <= 2100 else None
    return None


T = TypeVar("T")


class Phrases(Generic[T]):
    """Phrases (space-separated words) with a value each, found token by token, longest first."""

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        self.entries = list(entries)
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for phrase, value in self.entries:
            words = tuple(canon(w) for w in _TOKEN.findall(phrase))
            self._by_first.setdefault(words[0], []).append((words, value))
        for options in self._by_first.values():
            options.sort(key=lambda option: -len(option[0]))

    def at(self, tokens: list[Token], i: int) -> tuple[int, T] | None:
        """The longest phrase starting at token i: (number of tokens, value)."""
        options = self._by_first.get(tokens[i].word)
        if options is None:
            return None
        for words, value in options:
            n = len(words)
            if n == 1 or (i + n <= len(tokens) and all(tokens[i + k].word == words[k] for k in range(1, n))):
                return n, value
        return None

    def find(self, tokens: list[Token], first: int = 0, last: int | None = None) -> Iterator[tuple[int, int, T]]:
        """Every phrase in tokens[first:last]: (start index, end index, value), left to right."""
        last = len(tokens) if last is None else last
        by_first = self._by_first
        i = first
        while i < last:
            if tokens[i].word in by_first:
                found = self.at(tokens, i)
                if found is not None and i + found[0] <= last:
                    yield i, i + found[0], found[1]
                    i += found[0]
                    continue
            i += 1
