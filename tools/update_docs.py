"""Regenerate the generated parts of the docs from the code.

    .venv/bin/python tools/update_docs.py

- docs/plan-format.md: the table of problem codes (nhaoxh_cli.checks.registry);
- docs/cli.md: every command's --help, from the app itself;
- docs/api.md: the Python API's functions and their docstrings (examples run by tests/test_docs.py);
- schema/*.schema.json: the JSON Schema of the plan format and of every JSON output.

tests/test_docs.py fails until the docs match.
"""

from __future__ import annotations

import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = [
    "",
    "forecast",
    "report",
    "validate",
    "import",
    "extract",
    "new",
    "show",
    "explain",
    "list",
    "provinces",
    "schema",
]


def codes_section() -> str:
    from nhaoxh_cli.checks.registry import codes_table

    return codes_table()


def help_text(command: str, lang: str = "en") -> str:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "NHAOXH_LANG": lang}
    args = [sys.executable, "-m", "nhaoxh_cli", *([command] if command else []), "--help"]
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=True)
    return "\n".join(line.rstrip() for line in done.stdout.strip("\n").splitlines())


def cli_reference(lang: str = "en") -> str:
    title = {
        "en": [
            "# Command-line reference",
            "",
            "Generated from the app by `tools/update_docs.py`; `tests/test_docs.py`"
            " keeps it in sync. Vietnamese: [cli.vi.md](cli.vi.md).",
        ],
        "vi": [
            "# Hướng dẫn dòng lệnh",
            "",
            "Tạo từ chương trình bằng `tools/update_docs.py`; `tests/test_docs.py`"
            " giữ cho khớp. Tiếng Anh: [cli.md](cli.md).",
        ],
    }[lang]
    parts = [*title, ""]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:  # one process per help, side by side
        helps = list(pool.map(lambda command: help_text(command, lang), COMMANDS))
    for command, text in zip(COMMANDS, helps, strict=True):
        name = f"nhaoxh {command}".strip()
        parts += [f"## `{name}`", "", "```text", text, "```", ""]
    return "\n".join(parts)


def api_reference() -> str:
    from nhaoxh_cli import api

    parts = [
        "# Python API",
        "",
        "Generated from `src/nhaoxh_cli/api.py` by `tools/update_docs.py`.",
        "",
        "```python",
        inspect.getdoc(api) or "",
        "```",
        "",
    ]
    for name in api.__all__:
        item = getattr(api, name)
        signature = str(inspect.signature(item)) if callable(item) and not isinstance(item, type) else ""
        parts += [f"## `{name}{signature}`", "", inspect.getdoc(item) or "", ""]
    return "\n".join(parts)


def schemas() -> dict[str, str]:
    """File name → text of every JSON Schema under schema/."""
    import json

    from nhaoxh_cli import api
    from nhaoxh_cli.render.schemas import VIEWS

    found = {"plan.schema.json": api.json_schema("plan")}
    found |= {f"{view}.schema.json": api.json_schema(view) for view in VIEWS}
    return {name: json.dumps(schema, ensure_ascii=False, indent=2) + "\n" for name, schema in found.items()}


def main() -> None:
    path = ROOT / "docs" / "plan-format.md"
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r"(<!-- codes:begin -->\n).*?(<!-- codes:end -->)",
        lambda m: m.group(1) + codes_section() + m.group(2),
        text,
        flags=re.S,
    )
    path.write_text(text, encoding="utf-8")
    (ROOT / "docs" / "cli.md").write_text(cli_reference("en"), encoding="utf-8")
    (ROOT / "docs" / "cli.vi.md").write_text(cli_reference("vi"), encoding="utf-8")
    (ROOT / "docs" / "api.md").write_text(api_reference(), encoding="utf-8")
    for name, text in schemas().items():
        (ROOT / "schema" / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
