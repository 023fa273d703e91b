"""Text from plan files and command lines, made safe to show: control characters become visible
escapes (`\\x1b`, `\\n`), so a key holding a terminal escape or "\\n::error::" can neither draw over
the real result nor inject a CI workflow command. Only a renderer's own colours reach a terminal.

Every renderer passes what it did not write itself through `visible()`: table cells, lines,
findings, HTML text, spreadsheet cells, CSV fields.
"""

from __future__ import annotations

import re

# C0 controls but tab, DEL, C1 controls, and the line and paragraph separators
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def visible(text: str) -> str:
    """The text with every control character written out as an escape (tab kept)."""
    return _CONTROL.sub(_escape, text) if _CONTROL.search(text) else text


def visible_lines(text: str) -> str:
    """Like `visible`, keeping line breaks: for text of several lines that the renderer laid out."""
    return "\n".join(visible(line) for line in text.split("\n"))
