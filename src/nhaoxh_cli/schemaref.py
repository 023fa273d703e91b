"""Where an editor finds the plan format's JSON Schema from a plan file nhaoxh writes.

A plan's first line may point a YAML language server at the schema
(`# yaml-language-server: $schema=…`), and the pointer must hold where the file is written: in a
checkout, the committed `schema/plan.schema.json` of the nearest folder above the plan that has
one; anywhere else there is no schema file to point at (it is generated: `nhaoxh schema`), so the
template says how to make one instead of pointing at nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

SCHEMA_FILE = Path("schema") / "plan.schema.json"


def schema_pointer(folder: Path) -> str | None:
    """The path of the plan schema relative to `folder` (a plan's folder), or None when there is none
    in `folder` or above it. "../../schema/plan.schema.json" for data/plans in a checkout."""
    start = folder.absolute()
    for place in (start, *start.parents):
        if (place / SCHEMA_FILE).is_file():
            return Path(os.path.relpath(place / SCHEMA_FILE, start)).as_posix()
    return None
