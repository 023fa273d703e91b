"""Remove the entries of a Vietnamese catalogue file that no message uses any more.

    .venv/bin/python tools/prune_catalogue.py src/nhaoxh_cli/i18n/vi_views.py

A message is used when its English stands as a string anywhere in the source outside the
catalogue (passed to t(), msg() or N_(), or in a list of headers a renderer translates), or is
a problem code's title or hint (tests/test_i18n.py checks the same).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "nhaoxh_cli"


def used() -> set[str]:
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        if path.parent.name == "i18n" and path.name.startswith("vi_"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def prune(path: Path) -> int:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8").splitlines(keepends=True)
    keep = used()
    drop: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value not in keep:
                    drop.update(range(key.lineno - 1, value.end_lineno or value.lineno))
    path.write_text("".join(line for i, line in enumerate(text) if i not in drop), encoding="utf-8")
    return len(drop)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(name, prune(Path(name)), "lines removed")
