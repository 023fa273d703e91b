"""Safe YAML reading that remembers where every value came from.

PyYAML's loaders merge duplicate keys silently, expand aliases without bound,
turn `NO` into False and forget positions once data is built. Here the node
tree is composed first (with libyaml when available), walked once — rejecting
duplicate keys, aliases, merge keys and unknown tags — and plain Python data
is built from the checked tree, together with a map from each value's path
(the same tuple a pydantic error's `loc` holds) to its line and column.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from ..findings import Finding

try:  # libyaml keeps node positions and composes several times faster
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")}

#: Deeper than any plan needs; guards the recursive walk (and its stack).
MAX_DEPTH = 64


class RawFloat(float):
    """A float that remembers how it was written (4.017 vs 4.0170)."""

    raw: str

    def __new__(cls, value: float, raw: str) -> RawFloat:
        self = super().__new__(cls, value)
        self.raw = raw
        return self


@dataclass(frozen=True)
class Place:
    """Where a value stands: 1-based line and column, and how it was written."""

    line: int
    column: int
    raw: str | None = None  # a scalar's text as written
    plain: bool = False  # an unquoted scalar, typed by YAML's implicit rules
    tag: str = ""


@dataclass
class YamlDocument:
    data: Any
    values: dict[Path, Place] = field(default_factory=dict)
    keys: dict[Path, Place] = field(default_factory=dict)
    #: Problems that do not stop reading (a duplicate key, an alias, a tag):
    #: the offending value is left out and the rest is still checked.
    findings: list[Finding] = field(default_factory=list)
    #: Paths whose value was left out because of those problems.
    broken: set[Path] = field(default_factory=set)

    def is_broken(self, path: Path) -> bool:
        """Whether `path` is, contains or lies within a value left out."""
        return any(path[: len(b)] == b or b[: len(path)] == path for b in self.broken)

    def locate(self, path: Path, *, prefer_key: bool = False) -> Place:
        """The place of `path`, or of its nearest ancestor that exists."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefer_key and prefix in self.keys:
                return self.keys[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return Place(1, 1)


class YamlProblem(Exception):
    """The text cannot become plan data; the findings say why and where."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(findings[0].message if findings else "invalid YAML")
        self.findings = findings


def _place(node: yaml.Node) -> Place:
    mark = node.start_mark
    if isinstance(node, yaml.ScalarNode):
        # libyaml marks a plain scalar's style '' and the Python parser None
        return Place(mark.line + 1, mark.column + 1, node.value, not node.style, node.tag)
    return Place(mark.line + 1, mark.column + 1, tag=node.tag)


def parse_yaml(text: str) -> YamlDocument:
    """Compose and check `text`; raise YamlProblem when it is not YAML at all.

    Other problems are kept in the document's `findings`.
    """
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = " ".join(part for part in (error.context, error.problem) if part)
        raise YamlProblem([Finding.of("NX003", f"YAML syntax error: {problem}", line=line, column=column)]) from None
    except yaml.YAMLError as error:  # e.g. a character YAML does not allow
        raise YamlProblem([Finding.of("NX003", f"YAML error: {error}", line=1, column=1)]) from None
    document = YamlDocument(data=None)
    if root is None:
        return document
    walker = _Walker(document)
    document.data = walker.build(root, (), 0)
    document.findings = walker.findings
    document.broken = walker.broken
    return document


class _Walker:
    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.findings: list[Finding] = []
        self.seen: set[int] = set()
        self.broken: set[Path] = set()
        self.constructor = SafeConstructor()

    def problem(self, code: str, message: str, place: Place, path: Path) -> None:
        self.broken.add(path)
        self.findings.append(Finding.of(code, message, line=place.line, column=place.column, path=dotted(path)))

    def build(self, node: yaml.Node, path: Path, depth: int, key_place: Place | None = None) -> Any:
        place = _place(node)
        if id(node) in self.seen:
            # The composer hands back the anchored node again: an alias.
            self.problem("NX005", "an alias (*name) reuses another value here", key_place or place, path)
            return None
        self.seen.add(id(node))
        self.document.values[path] = place
        if depth > MAX_DEPTH:
            self.problem("NX007", f"values are nested more than {MAX_DEPTH} levels deep", place, path)
            return None
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _TAG + "seq":
                self.problem("NX006", f"the tag {_short(node.tag)} is not allowed", place, path)
                return None
            return [self.build(item, (*path, index), depth + 1) for index, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self.scalar(node, place, path)

    def mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict[str, Any]:
        place = _place(node)
        if node.tag != _TAG + "map":
            self.problem("NX006", f"the tag {_short(node.tag)} is not allowed", place, path)
            return {}
        result: dict[str, Any] = {}
        first_seen: dict[str, Place] = {}
        for key_node, value_node in node.value:
            key_place = _place(key_node)
            if key_node.tag == _TAG + "merge":
                self.problem("NX005", "merge keys (<<) are not allowed", key_place, path)
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem("NX003", "a key must be plain text", key_place, path)
                continue
            key = str(key_node.value)
            if key in first_seen:
                self.problem(
                    "NX004",
                    f"duplicate key '{key}' (first at line {first_seen[key].line}); a key may appear once "
                    "in a mapping, and most YAML readers silently keep only the last",
                    key_place,
                    (*path, key),
                )
                continue
            first_seen[key] = key_place
            self.document.keys[(*path, key)] = key_place
            result[key] = self.build(value_node, (*path, key), depth + 1, key_place)
        return result

    def scalar(self, node: yaml.ScalarNode, place: Place, path: Path) -> Any:
        tag = node.tag
        if tag not in _SCALAR_TAGS:
            self.problem("NX006", f"the tag {_short(tag)} is not allowed", place, path)
            return None
        if tag == _TAG + "str" or tag == _TAG + "timestamp":
            return node.value  # dates stay text; the model parses ISO dates
        if tag == _TAG + "float":
            value = self.constructor.construct_yaml_float(node)
            return RawFloat(value, node.value)
        try:
            return self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError) as error:
            self.problem("NX103", f"cannot read {node.value!r}: {error}", place, path)
            return None


def dotted(path: Path) -> str:
    """A path as people write it: pipeline.started.deliveries[0].units."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _short(tag: str) -> str:
    """tag:yaml.org,2002:python/object → !!python/object, as it was written."""
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag
