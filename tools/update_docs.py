"""Regenerate the generated parts of the docs from the code (run after adding a problem code).

    .venv/bin/python tools/update_docs.py

tests/test_docs.py fails until the docs match.
"""

from __future__ import annotations

import re
from pathlib import Path

from nhaoxh_cli.findings import codes_table

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    path = ROOT / "docs" / "plan-format.md"
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r"(<!-- codes:begin -->\n).*?(<!-- codes:end -->)",
        lambda m: m.group(1) + codes_table() + m.group(2),
        text,
        flags=re.S,
    )
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
