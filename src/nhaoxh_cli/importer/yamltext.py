"""Adding to a plan file as text, so that its comments and layout survive.

A plan is written by people: comments say where figures come from, and the order of its sections
is the order of the decision. Re-serialising the file would lose all that. Here a new item is
appended as lines at the end of its top-level list (or a new source at the end of `sources`), and
a list that is missing is added before the section that follows it in the usual order.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

#: The usual order of a plan's top-level sections (docs/plan-format.md): a missing one goes before
#: the first present section that follows it here.
SECTION_ORDER = (
    "schema_version",
    "province",
    "territory",
    "sources",
    "periods",
    "targets",
    "completed",
    "pipeline",
    "stated_totals",
    "reported",
    "expected",
    "snapshots",
    "housing_support",
    "scenarios",
    "uncertainty",
    "notes",
)
_PLAIN = re.compile(r"^[A-Za-zÀ-ỹĐđ][\wÀ-ỹĐđ .,/()–-]*$")
_YAML11_WORDS = {"y", "yes", "n", "no", "on", "off", "true", "false", "null", "none", "~"}


class TextEditError(Exception):
    """The plan's text could not be edited safely (a layout this editor does not handle)."""


def scalar(value: Any, *, in_flow: bool = False) -> str:
    """A value as YAML that reads back as itself: text quoted unless plainly safe (inside {…} or
    […] a comma ends a plain value, so there text with a comma is quoted too)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    plain = _PLAIN.match(text) and text.lower() not in _YAML11_WORDS and ": " not in text and " #" not in text
    if plain and not (in_flow and "," in text):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def flow(value: Any, *, in_flow: bool = False) -> str:
    """A small mapping or list on one line: {doc: ld-1637562, also: [...]}."""
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {flow(v, in_flow=True)}" for k, v in value.items()) + "}"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "[" + ", ".join(flow(v, in_flow=True) for v in value) + "]"
    return scalar(value, in_flow=in_flow)


def block_item(item: Mapping[str, Any] | str, dash: int = 2) -> list[str]:
    """A list item as block lines with its dash at column `dash`: "  - kind: quota", "    years: 2025",
    …; nested values in flow style. A string item is one line: '  - "text"'."""
    if isinstance(item, str):
        return [" " * dash + "- " + scalar(item)]
    lines = []
    for i, (key, value) in enumerate(item.items()):
        lead = " " * dash + ("- " if i == 0 else "  ")
        lines.append(f"{lead}{key}: {flow(value)}")
    return lines


def _top(text: str) -> yaml.MappingNode:
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(node, yaml.MappingNode):
        raise TextEditError("the plan is not a mapping of fields")
    return node


def _value_node(root: yaml.MappingNode, key: str) -> tuple[yaml.Node, yaml.Node] | None:
    for key_node, value_node in root.value:
        if key_node.value == key:
            return key_node, value_node
    return None


def _last_line(node: yaml.Node) -> int:
    """The 0-based line on which a node's content ends (its deepest last value)."""
    while isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and node.value and not node.flow_style:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    mark = node.end_mark
    return int(mark.line if mark.column > 0 else mark.line - 1)


def _insert_lines(text: str, after_line: int, new: list[str]) -> str:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return "".join(lines[: after_line + 1] + [line + "\n" for line in new] + lines[after_line + 1 :])


def _section_start(text: str, root: yaml.MappingNode, key: str) -> int | None:
    """The line where a new section `key` goes: before the first later section present (and the
    comment lines just above it), or None for the end of the file."""
    later = SECTION_ORDER[SECTION_ORDER.index(key) + 1 :] if key in SECTION_ORDER else ()
    starts: list[int] = [k.start_mark.line for k, _ in root.value if k.value in later]
    if not starts:
        return None
    line = min(starts)
    lines = text.splitlines()
    while line > 0 and (lines[line - 1].lstrip().startswith("#") or not lines[line - 1].strip()):
        line -= 1
    return line


def append_items(text: str, key: str, items: Sequence[Mapping[str, Any] | str]) -> str:
    """`text` with `items` appended to the top-level list `key`, in the list's own indentation."""
    if not items:
        return text
    root = _top(text)
    found = _value_node(root, key)
    if found is None:
        return _add_section(text, root, key, [f"{key}:", *_lines(items, 2)])
    key_node, value = found
    if isinstance(value, yaml.ScalarNode) and value.value in ("", "~", "null"):
        return _replace_span(text, key_node, value, f"{key}:", _lines(items, 2))
    if not isinstance(value, yaml.SequenceNode):
        raise TextEditError(f"'{key}' is not a list")
    if value.flow_style:
        if value.value:
            raise TextEditError(f"'{key}' is written as a [flow, list]; write it one item a line to import into it")
        return _replace_span(text, key_node, value, f"{key}:", _lines(items, 2))
    dash = _dash_column(text, value.value[0]) if value.value else 2
    return _insert_lines(text, _last_line(value), _lines(items, dash))


def _lines(items: Sequence[Mapping[str, Any] | str], dash: int) -> list[str]:
    return [line for item in items for line in block_item(item, dash)]


def _dash_column(text: str, first_item: yaml.Node) -> int:
    """The column of the "-" that introduces a block list's first item."""
    line = text.splitlines()[first_item.start_mark.line]
    before = line[: first_item.start_mark.column]
    return before.rindex("-") if "-" in before else max(first_item.start_mark.column - 2, 0)


def add_mapping_entry(text: str, key: str, entry: str, fields: Mapping[str, Any]) -> str:
    """`text` with `entry: {fields}` added at the end of the top-level mapping `key` (e.g. sources)."""
    line = f"  {entry}: {flow(fields)}"
    root = _top(text)
    found = _value_node(root, key)
    if found is None:
        return _add_section(text, root, key, [f"{key}:", line])
    key_node, value = found
    if isinstance(value, yaml.ScalarNode) and value.value in ("", "~", "null"):
        return _replace_span(text, key_node, value, f"{key}:", [line])
    if not isinstance(value, yaml.MappingNode):
        raise TextEditError(f"'{key}' is not a mapping")
    if value.flow_style:
        if value.value:
            raise TextEditError(f"'{key}' is written as a {{flow: mapping}}; write it one entry a line")
        return _replace_span(text, key_node, value, f"{key}:", [line])
    indent = value.value[0][0].start_mark.column if value.value else 2
    return _insert_lines(text, _last_line(value), [" " * indent + line.lstrip()])


def _add_section(text: str, root: yaml.MappingNode, key: str, lines: list[str]) -> str:
    start = _section_start(text, root, key)
    if start is None:
        body = text if text.endswith("\n") else text + "\n"
        return body + "\n" + "\n".join(lines) + "\n"
    return _insert_lines(text, start - 1, ["", *lines])


def _replace_span(text: str, key_node: yaml.Node, value: yaml.Node, head: str, lines: list[str]) -> str:
    """Replace `key: []` (or `key:` with nothing) by the block `key:` and its lines."""
    all_lines = text.splitlines(keepends=True)
    first, last = key_node.start_mark.line, max(value.end_mark.line, key_node.start_mark.line)
    if value.end_mark.column == 0 and last > first:
        last -= 1
    indent = " " * key_node.start_mark.column
    replaced = [indent + head + "\n", *(line + "\n" for line in lines)]
    return "".join(all_lines[:first] + replaced + all_lines[last + 1 :])
