"""`import --format json` (`nhaoxh.import/1`): each row's fate and each plan's diff, for scripts."""

from __future__ import annotations

import json

from ...importer import ImportResult
from .. import RenderOptions
from ..jsonout import problem

IMPORT_SCHEMA = "nhaoxh.import/1"


def render(result: ImportResult, options: RenderOptions) -> str:
    document = {
        "schema": IMPORT_SCHEMA,
        "source": str(result.source),
        "written": result.written,
        "changes": [
            {
                "line": c.line,
                "column": c.column or None,
                "status": c.status,
                "plan": c.plan,
                "message": c.message,
            }
            for c in result.changes
        ],
        "files": [
            {"path": str(f.path), "created": f.created, "changed": f.changed, "diff": f.diff()} for f in result.files
        ],
        "blocked": [problem(f) for f in result.blocked],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
