"""Names as people type them, reduced for matching; and where nhaoxh's own data lives.

Both the registry of units (registry.py) and the plan catalogue (catalog.py)
need these; keeping them here, with no import of either, is what lets each of
those two import the other's module lazily or not at all.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

#: Words around a name that say what kind of unit it is, not which: "tỉnh Bắc Kạn", "TP. Hồ Chí Minh",
#: "Hải Phòng city". Compared after folding each word (no diacritics, lower case).
_BEFORE = (("thanh", "pho"), ("tinh",), ("tp",), ("city", "of"), ("province", "of"))
_AFTER = (("city",), ("province",), ("municipality",))
#: The same, written without spaces ("thanhphohaiphong", "tphcm"): stripped when a name is left.
_PREFIXES = ("thanhpho", "tinh", "tp")


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _strip_designators(words: list[str]) -> list[str]:
    """Drop "tỉnh", "thành phố", "TP" before a name and "city", "province" after it, leaving a name."""
    changed = True
    while changed:
        changed = False
        for before in _BEFORE:
            if len(words) > len(before) and tuple(words[: len(before)]) == before:
                words, changed = words[len(before) :], True
        for after in _AFTER:
            if len(words) > len(after) and tuple(words[-len(after) :]) == after:
                words, changed = words[: -len(after)], True
    return words


def fold(name: str) -> str:
    """A name reduced for matching: no diacritics, case, spaces, hyphens or designators.

    "Hải Phòng", "HAI-PHONG", "hai phong", "Thành phố Hải Phòng", "TP. Hải Phòng"
    and "Hai Phong city" all fold to "haiphong"; NFC and NFD text fold alike.
    """
    words = _strip_designators(re.findall(r"[a-z0-9]+", _plain(name)))
    folded = "".join(words)
    for prefix in _PREFIXES:
        if folded.startswith(prefix) and len(folded) > len(prefix) + 2:
            return folded[len(prefix) :]
    return folded


def packaged_data_dir() -> Path:
    """The data shipped inside the package (or, in a source checkout, the repository's data/)."""
    here = Path(__file__).resolve().parent.parent
    shipped = here / "data"
    if (shipped / "provinces.yaml").is_file():
        return shipped
    return here.parent.parent / "data"  # an editable install: the repository's own
