"""Names people type (issue 18, item 5; issue 15): slugs, names with or without diacritics, codes
current and former, "tỉnh"/"TP."/"city" around a name, common spellings, and did-you-mean over
current and former units. Codes and mergers: shared/reference/provinces-63-to-34.md."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from nhaoxh_cli.loader.catalog import Catalog, UnknownProvince
from nhaoxh_cli.loader.names import fold
from nhaoxh_cli.loader.registry import default_registry

from .conftest import PLANS


def _found(query: str) -> tuple[str, str | None] | None:
    found = default_registry().lookup(query)
    return (found[0].slug, found[1].slug if found[1] else None) if found else None


@pytest.mark.parametrize(
    ("query", "current", "former"),
    [
        ("hochiminh", "hochiminh", None),
        ("ho-chi-minh", "hochiminh", None),
        ("tphcm", "hochiminh", None),
        ("hcm", "hochiminh", None),
        ("HCMC", "hochiminh", None),
        ("Sài Gòn", "hochiminh", None),
        ("TP. Hồ Chí Minh", "hochiminh", None),
        ("Thành phố Hồ Chí Minh", "hochiminh", None),
        ("Ho Chi Minh City", "hochiminh", None),
        ("Bình Dương", "hochiminh", "binhduong"),  # merged into TP Hồ Chí Minh on 01/07/2025
        ("Bac Can", "thainguyen", "backan"),  # a common spelling of Bắc Kạn
        ("tỉnh Bắc Kạn", "thainguyen", "backan"),
        ("Hải Phòng city", "haiphong", None),
        ("Hà Tĩnh province", "hatinh", None),  # "tĩnh" in a name is not the word "tỉnh"
        ("tỉnh Hà Tĩnh", "hatinh", None),
        ("Khánh Hoà", "khanhhoa", None),  # the other placement of the tone mark
        (unicodedata.normalize("NFD", "Đắk Lắk"), "daklak", None),
        ("HAI-PHONG", "haiphong", None),
    ],
)
def test_names_and_spellings(query: str, current: str, former: str | None) -> None:
    assert _found(query) == (current, former)


@pytest.mark.parametrize(
    ("code", "current", "former"),
    [
        ("31", "haiphong", None),  # a current code (QĐ 19/2025)
        ("01", "hanoi", None),
        ("1", "hanoi", None),
        ("30", "haiphong", "haiduong"),  # former Hải Dương's code
        ("74", "hochiminh", "binhduong"),  # former Bình Dương's code
        ("24", "bacninh", None),  # today's Bắc Ninh: former Bắc Giang's code, kept by the merged unit
        ("27", "bacninh", "bacninh"),  # former Bắc Ninh's own code
        ("99", None, None),
    ],
)
def test_codes_current_and_former(code: str, current: str | None, former: str | None) -> None:
    assert _found(code) == ((current, former) if current else None)


def test_every_former_code_leads_to_one_current_unit() -> None:
    """A code equal to a current unit's is never a former unit that merged elsewhere (provinces-63-to-34.md)."""
    registry = default_registry()
    current = {u.code: u.slug for u in registry.current}
    assert all(current.get(f.code, f.merged_into) == f.merged_into for f in registry.former)


@pytest.mark.parametrize(
    ("typo", "suggestion"),
    [("Bac Ninhh", "bacninh"), ("Hai Duongg", "haiduong"), ("Thai Ngyen", "thainguyen"), ("Ha Noii", "hanoi")],
)
def test_did_you_mean_over_current_and_former_units(typo: str, suggestion: str) -> None:
    assert default_registry().lookup(typo) is None
    assert default_registry().suggest(typo)[0] == suggestion


def test_did_you_mean_from_the_catalog_names_a_former_unit(tmp_path: Path) -> None:
    (tmp_path / "haiphong.yaml").write_text((PLANS / "haiphong.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(UnknownProvince) as unknown:
        Catalog(tmp_path).find("Hai Duongg")
    assert unknown.value.suggestions == ["haiduong"]


@pytest.mark.parametrize(
    ("query", "slug", "former"),
    [
        ("Bình Dương", "hochiminh", "Bình Dương"),
        ("hochiminh", "hochiminh", None),
        ("31", "haiphong", None),
        ("Bac Can", "thainguyen", "Bắc Kạn"),
        ("TP. Hồ Chí Minh", "hochiminh", None),
        ("27", "bacninh", None),
    ],
)
def test_the_catalog_leads_to_the_plan(query: str, slug: str, former: str | None) -> None:
    found = Catalog(PLANS).find(query)
    assert found.result.plan is not None and found.result.plan.province.slug == slug
    assert found.former == former


def test_fold_strips_designators_but_not_names() -> None:
    assert {fold(n) for n in ("Hải Phòng city", "TP. Hải Phòng", "thành phố Hải Phòng", "Hai Phong")} == {"haiphong"}
    assert fold("Hà Tĩnh") == "hatinh" and fold("tỉnh") == "tinh" and fold("city") == "city"


def test_registry_and_catalog_import_in_either_order() -> None:
    """The import cycle is gone: each module imports on its own in a fresh interpreter."""
    for module in ("nhaoxh_cli.loader.registry", "nhaoxh_cli.loader.catalog"):
        done = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
