"""Safe YAML reading that remembers where every value came from.

PyYAML's loaders merge duplicate keys silently, expand aliases without bound,
turn `NO` into False, recurse once per nesting level (libyaml's composer
crashes on a document nested 100.000 deep) and forget positions once data is
built. Here the parser's event stream (libyaml when available) is walked once,
iteratively: duplicate keys, aliases, merge keys and unknown tags are
rejected where they stand, nesting is bounded, and plain Python data is built
together with a map from each value's path (the same tuple a pydantic
error's `loc` holds) to its line and column.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, cast

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import BaseResolver

from ..findings import Finding
from ..i18n import Text, msg
from .limits import DEFAULT_LIMITS, Limits

try:  # libyaml parses several times faster than the pure-Python parser
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _MAP, _SEQ = _TAG + "str", _TAG + "int", _TAG + "map", _TAG + "seq"
_SCALAR_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")}


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
    #: The composed node tree (the fast path): places are read from it on demand.
    root: Any = None
    #: The text, for a large document read without recording places: composed again on demand.
    text: str | None = None

    def locate(self, path: Path, *, prefer_key: bool = False) -> Place:
        """The place of `path`, or of its nearest ancestor that exists."""
        if self.root is None and self.text is not None:  # a large document: few places were kept
            kept = (self.keys if prefer_key else self.values).get(path)
            if kept is not None:
                return kept
            self.root = _compose_nodes(self.text)
        if self.root is not None:
            return _navigate(self.root, path, prefer_key)
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefer_key and prefix in self.keys:
                return self.keys[prefix]
            if prefix in self.values:
                return self.values[prefix]
        return Place(1, 1)

    def is_broken(self, path: Path) -> bool:
        """Whether `path` is, contains or lies within a value left out."""
        return any(path[: len(b)] == b or b[: len(path)] == path for b in self.broken)


class YamlProblem(Exception):
    """The text is not YAML at all; the findings say why and where."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(findings[0].message if findings else "invalid YAML")
        self.findings = findings


def _at(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


_BRACKETS = str.maketrans({"[": "(", "{": "(", "]": ")", "}": ")"})
_NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")


def flow_nesting_exceeds(text: str, limit: int) -> tuple[int, int] | None:
    """Where `[`/`{` nesting first goes deeper than `limit`, or None.

    libyaml's scanner slows down with the square of the flow nesting depth
    (100.000 nested brackets take minutes), so deep nesting is refused before
    parsing. The test runs at C speed: map brackets to ( and ), drop the rest,
    and peel innermost pairs `limit` times; anything still nested is deeper.
    Brackets inside quoted text count too, which only errs on the side of a
    refusal no real plan comes near.
    """
    if text.count("[") + text.count("{") <= limit:
        return None
    shape = _NOT_A_BRACKET.sub("", text).translate(_BRACKETS)  # drop the rest first: translate is slow
    for _ in range(limit):
        peeled = shape.replace("()", "")
        if peeled == shape:
            return None
        shape = peeled
    if "()" not in shape:
        return None
    depth = 0  # deep enough: find the place, which comes within the first few brackets
    for match in re.finditer(r"[\[\]{}]", text):
        depth += 1 if match.group() in "[{" else -1
        if depth > limit:
            before = text[: match.start()]
            return before.count("\n") + 1, match.start() - (before.rfind("\n") + 1) + 1
    return None  # pragma: no cover - the peeling above says there is such a place


#: Lines starting with more than this many spaces, dashes or question marks could nest blocks deep
#: enough to strain libyaml's recursive composer: such texts take the event path.
BLOCK_LEAD_SAFE = 400
#: Above this many characters a node tree would cost too much memory (libyaml keeps two marks per node):
#: the text is read event by event without recording places, and composed again only if a place is needed.
LARGE_TEXT = 2_000_000
_LEAD = re.compile(r"^[ \-?]*", re.M)
_ANCHOR_OR_ALIAS = re.compile(r"(?:^|[\s,\[{])[&*][^\s,\]}]")


def parse_yaml(text: str, limits: Limits = DEFAULT_LIMITS) -> YamlDocument:
    """Read `text`; raise YamlProblem when it is not YAML at all or exceeds a limit.

    Other problems are kept in the document's `findings`. Two paths give the
    same data, findings and positions: libyaml composes the node tree in C and
    one walk checks and builds it (fast); texts that could nest blocks very deep
    or hold anchors and aliases are read event by event instead (safe, and
    exact about where an alias stands).
    """
    deep = flow_nesting_exceeds(text, limits.max_depth)
    if deep is not None:
        raise YamlProblem(
            [
                Finding.of(
                    "NX007",
                    msg("brackets are nested more than {depth} levels deep", depth=limits.max_depth),
                    line=deep[0],
                    column=deep[1],
                    hint=msg("a plan is a few levels deep: check the brackets"),
                )
            ]
        )
    if len(text) > LARGE_TEXT:
        return _events(text, limits, record=False)
    lead = max(map(len, _LEAD.findall(text)), default=0)
    if lead <= BLOCK_LEAD_SAFE and not _ANCHOR_OR_ALIAS.search(text):
        return _compose(text, limits)
    return _events(text, limits)


def _syntax_problem(error: yaml.YAMLError) -> YamlProblem:
    if isinstance(error, yaml.MarkedYAMLError):
        line, column = _at(error.problem_mark or error.context_mark)
        problem = " ".join(part for part in (error.context, error.problem) if part)
        text = msg("YAML syntax error: {problem}", problem=problem)  # the parser's own words stay English
        return YamlProblem([Finding.of("NX003", text, line=line, column=column)])
    return YamlProblem([Finding.of("NX003", msg("YAML error: {error}", error=str(error)), line=1, column=1)])


def _too_many(limits: Limits, line: int, column: int) -> YamlProblem:
    return YamlProblem(
        [
            Finding.of(
                "NX007",
                msg("the file holds more than {count} values", count=f"{limits.max_values:,}"),
                line=line,
                column=column,
                hint=msg("raise the limit with --max-values if the plan really is this large"),
            )
        ]
    )


def _compose(text: str, limits: Limits) -> YamlDocument:
    loader: Any = _FastLoader(text)
    collecting = gc.isenabled()
    gc.disable()  # a node tree and its data hold no cycles: the collector would only rescan them
    try:
        root = loader.get_single_node()
        document = YamlDocument(data=None, root=root)
        if root is not None:
            document.data = _NodeWalker(document, limits).build(root, (), 0)
        return document
    except yaml.YAMLError as error:
        raise _syntax_problem(error) from None
    finally:
        loader.dispose()
        if collecting:
            gc.enable()


def _compose_nodes(text: str) -> Any:
    loader: Any = _FastLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _events(text: str, limits: Limits, *, record: bool = True) -> YamlDocument:
    loader: Any = _Loader(text)  # libyaml's and PyYAML's parsers differ in their stubs' types
    builder = _Builder(loader, limits, record)
    if not record:
        builder.document.text = text
    try:
        while loader.check_event():
            builder.feed(loader.get_event())
    except _TooManyValues as error:
        raise _too_many(limits, error.line, error.column) from None
    except yaml.YAMLError as error:  # a syntax error, or a character YAML does not allow
        raise _syntax_problem(error) from None
    finally:
        loader.dispose()
    return builder.document


class _TooManyValues(Exception):
    def __init__(self, line: int, column: int) -> None:
        super().__init__(line, column)
        self.line, self.column = line, column


class _Lean(tuple[int, int]):
    """The place of a value in a large document: line and column only, cheap to make."""

    def __new__(cls, line: int, column: int) -> _Lean:
        return super().__new__(cls, (line, column))

    @property
    def line(self) -> int:
        return self[0]

    @property
    def column(self) -> int:
        return self[1]


@dataclass
class _Frame:
    """A mapping or sequence being built."""

    value: dict[str, Any] | list[Any]
    path: Path
    key: str | None = None  # a mapping's key waiting for its value
    skip_value: bool = False  # the waiting key was refused: drop its value
    first_lines: dict[str, int] = field(default_factory=dict)  # a mapping's keys → the line they first stood on


class _Builder:
    """Turns parser events into data and positions, without recursion."""

    def __init__(self, loader: Any, limits: Limits, record: bool = True) -> None:
        self.loader = loader
        self.limits = limits
        self.record = record  # keep every value's place (small documents) or none (large ones)
        self.count = 0
        self.document = YamlDocument(data=None)
        self.stack: list[_Frame] = []
        self.skipping = 0  # depth inside a refused collection (too deep, bad key, bad tag)
        self.documents = 0
        self.constructor = SafeConstructor()

    def keeps(self, path: Path) -> bool:
        """Whether the place of `path` is kept: always in a small document; in a large one
        only the province's own (its slug and aliases, which checks across plans point at)."""
        return self.record or (len(path) <= 3 and bool(path) and path[0] == "province")

    # -- problems ---------------------------------------------------------
    def problem(self, code: str, message: Text, place: tuple[int, int], path: Path, hint: Text | None = None) -> None:
        self.document.broken.add(path)
        self.document.findings.append(
            Finding.of(code, message, line=place[0], column=place[1], path=dotted(path), hint=hint)
        )

    # -- events -----------------------------------------------------------
    def feed(self, event: yaml.Event) -> None:
        if self.skipping:
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                self.skipping += 1
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                self.skipping -= 1
            return
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise yaml.MarkedYAMLError(
                    problem="a plan file holds one YAML document (found a second '---')",
                    problem_mark=cast(Any, event.start_mark),
                )
        elif isinstance(event, yaml.ScalarEvent):
            self.scalar(event)
        elif isinstance(event, yaml.AliasEvent):
            self.alias(event)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self.start(event)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            self.stack.pop()

    def _slot(self) -> tuple[Path, bool]:
        """Where the next value goes: its path, and whether it is a mapping key."""
        if not self.stack:
            return (), False
        frame = self.stack[-1]
        if isinstance(frame.value, list):
            return (*frame.path, len(frame.value)), False
        if frame.key is None and not frame.skip_value:
            return frame.path, True
        return (*frame.path, frame.key or ""), False

    def _put(self, value: Any, place: Place | _Lean | None, path: Path) -> None:
        if place is not None:
            if isinstance(place, Place) and self.keeps(path):
                self.document.values[path] = place
            self.count += 1
            if self.count > self.limits.max_values:
                raise _TooManyValues(place.line, place.column)
        if not self.stack:
            self.document.data = value
            return
        frame = self.stack[-1]
        if isinstance(frame.value, list):
            frame.value.append(value)
        else:
            if frame.key is not None and not frame.skip_value:
                frame.value[frame.key] = value
            frame.key, frame.skip_value = None, False

    def start(self, event: yaml.CollectionStartEvent) -> None:
        path, is_key = self._slot()
        line, column = _at(event.start_mark)
        mapping = isinstance(event, yaml.MappingStartEvent)
        expected = _TAG + ("map" if mapping else "seq")
        if self.stack and self.stack[-1].skip_value:  # the value of a refused key
            self._put(None, None, path)
            self.skipping = 1
            return
        if is_key:
            self.problem("NX003", msg("a key must be plain text, not a list or mapping"), (line, column), path)
            self.stack[-1].skip_value = True
            self.stack[-1].key = ""
            self.skipping = 1
            return
        if event.tag not in (None, "!", expected):
            self.problem("NX006", msg("the tag {tag} is not allowed", tag=_short(event.tag)), (line, column), path)
            self._put(None, Place(line, column), path)
            self.skipping = 1
            return
        if len(self.stack) >= self.limits.max_depth:
            depth = self.limits.max_depth
            self.problem(
                "NX007",
                msg("values are nested more than {depth} levels deep", depth=depth),
                (line, column),
                path[:depth],
                hint=msg("a plan is a few levels deep: check the brackets and indentation"),
            )
            self._put(None, Place(line, column), path)
            self.skipping = 1
            return
        value: dict[str, Any] | list[Any] = {} if mapping else []
        self._put(value, Place(line, column, tag=expected), path)
        self.stack.append(_Frame(value, path))

    def alias(self, event: yaml.AliasEvent) -> None:
        path, is_key = self._slot()
        line, column = _at(event.start_mark)
        self.problem(
            "NX005", msg("an alias (*{anchor}) reuses another value here", anchor=event.anchor), (line, column), path
        )
        if is_key:
            self.stack[-1].key, self.stack[-1].skip_value = "", True
        else:
            self._put(None, Place(line, column), path)

    def scalar(self, event: yaml.ScalarEvent) -> None:
        path, is_key = self._slot()
        mark: Any = event.start_mark
        line, column = mark.line + 1, mark.column + 1
        tag = event.tag
        if tag in (None, "!"):
            tag = _fast_resolve(self.loader, yaml.ScalarNode, event.value, event.implicit)
        if is_key:
            self.key(event, tag, line, column)
            return
        # a large document keeps almost no places: a cheap stand-in counts the value
        place = Place(line, column, event.value, not event.style, tag) if self.keeps(path) else _Lean(line, column)
        if self.stack and self.stack[-1].skip_value:  # the value of a refused key
            self._put(None, None, path)
            return
        if tag not in _SCALAR_TAGS:
            self.problem("NX006", msg("the tag {tag} is not allowed", tag=_short(tag)), (line, column), path)
            self._put(None, place, path)
            return
        self._put(self.construct(event, tag, path, place), place, path)

    def key(self, event: yaml.ScalarEvent, tag: str, line: int, column: int) -> None:
        frame = self.stack[-1]
        assert isinstance(frame.value, dict)
        text = event.value
        key = text if text.isascii() else unicodedata.normalize("NFC", text)
        path = (*frame.path, key)
        if tag == _TAG + "merge":
            self.problem("NX005", msg("merge keys (<<) are not allowed"), (line, column), frame.path)
            frame.key, frame.skip_value = "", True
        elif key in frame.first_lines:
            self.problem(
                "NX004",
                msg(
                    "duplicate key '{key}' (first at line {first}); a key may appear once in a mapping, and most YAML "
                    "readers silently keep only the last",
                    key=key,
                    first=frame.first_lines[key],
                ),
                (line, column),
                path,
            )
            frame.key, frame.skip_value = key, True
        else:
            frame.first_lines[key] = line
            if self.keeps(path):
                self.document.keys[path] = Place(line, column, text, not event.style, tag)
            frame.key = key

    def construct(self, event: yaml.ScalarEvent, tag: str, path: Path, place: Place | _Lean) -> Any:
        value = event.value
        if tag == _STR:
            return value if value.isascii() else unicodedata.normalize("NFC", value)
        if tag == _INT and value.isascii() and value.isdigit() and (value[0] != "0" or value == "0"):
            return int(value)  # plain decimal, as PyYAML reads it (a leading 0 is octal in YAML 1.1)
        if tag == _TAG + "timestamp":
            return value  # dates stay text; the model parses ISO dates
        marks: tuple[Any, Any] = (event.start_mark, event.end_mark)
        node = yaml.ScalarNode(tag, event.value, *marks, event.style)
        try:
            if tag == _TAG + "float":
                return RawFloat(self.constructor.construct_yaml_float(node), event.value)
            return self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError) as error:
            text = msg("cannot read {value}: {error}", value=repr(event.value), error=str(error))
            self.problem("NX103", text, (place.line, place.column), path)
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


# -- the fast path: a composed node tree, walked once ------------------------------------

_TYPED_FIRST = frozenset(k for k in yaml.SafeLoader.yaml_implicit_resolvers if k)


def _fast_resolve(self: Any, kind: Any, value: Any, implicit: Any) -> Any:
    """A plain scalar whose first character can start no implicit type (most text) is a string,
    without trying the regular expressions; everything else as PyYAML resolves it."""
    if kind is yaml.ScalarNode:
        if not implicit[0] or (value and value[0] not in _TYPED_FIRST):
            return _STR
    elif kind is yaml.MappingNode:
        return _MAP
    elif kind is yaml.SequenceNode:
        return _SEQ
    return BaseResolver.resolve(self, kind, value, implicit)  # type: ignore[no-untyped-call]


class _FastLoader(_Loader):
    """libyaml's composer with the quicker resolver."""

    resolve = _fast_resolve


def _node_place(node: Any) -> Place:
    mark = node.start_mark
    if isinstance(node, yaml.ScalarNode):
        return Place(mark.line + 1, mark.column + 1, node.value, not node.style, node.tag)
    return Place(mark.line + 1, mark.column + 1, tag=node.tag)


def _key_text(node: Any) -> str:
    value = node.value
    return value if value.isascii() else unicodedata.normalize("NFC", value)


def _navigate(root: Any, path: Path, prefer_key: bool) -> Place:
    """Follow `path` down the node tree; the nearest node reached gives the place."""
    node = root
    key_node = None
    for part in path:
        key_node = None
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            found = next(
                ((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and _key_text(k) == part), None
            )
            if found is None:
                break
            key_node, node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            node = node.value[part]
        else:
            break
    else:
        if prefer_key and key_node is not None:
            return _node_place(key_node)
    return _node_place(node)


class _NodeWalker:
    """Builds data from a composed tree, with the same checks as the event builder."""

    def __init__(self, document: YamlDocument, limits: Limits) -> None:
        self.document = document
        self.limits = limits
        self.seen: set[int] = set()
        self.count = 0
        self.constructor = SafeConstructor()

    def problem(self, code: str, message: Text, node: Any, path: Path, hint: Text | None = None) -> None:
        place = _node_place(node)
        self.document.broken.add(path)
        self.document.findings.append(Finding.of(code, message, at=place, path=dotted(path), hint=hint))

    def build(self, node: Any, path: Path, depth: int) -> Any:
        self.count += 1
        if self.count > self.limits.max_values:
            place = _node_place(node)
            raise _too_many(self.limits, place.line, place.column)
        tag = node.tag
        if isinstance(node, yaml.ScalarNode):
            if tag == _STR:
                value = node.value
                return value if value.isascii() else unicodedata.normalize("NFC", value)
            return self.scalar(node, tag, path)
        if id(node) in self.seen:  # cannot happen: texts with anchors take the event path
            self.problem("NX005", msg("an alias reuses another value here"), node, path)
            return None
        self.seen.add(id(node))
        if tag not in (_MAP, _SEQ):
            self.problem("NX006", msg("the tag {tag} is not allowed", tag=_short(tag)), node, path)
            return None
        if depth >= self.limits.max_depth:
            self.problem(
                "NX007",
                msg("values are nested more than {depth} levels deep", depth=self.limits.max_depth),
                node,
                path[: self.limits.max_depth],
                hint=msg("a plan is a few levels deep: check the brackets and indentation"),
            )
            return None
        if tag == _SEQ:
            return [self.build(item, (*path, index), depth + 1) for index, item in enumerate(node.value)]
        result: dict[str, Any] = {}
        first: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _TAG + "merge":
                self.problem("NX005", msg("merge keys (<<) are not allowed"), key_node, path)
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem("NX003", msg("a key must be plain text, not a list or mapping"), key_node, path)
                continue
            key = _key_text(key_node)
            if key in first:
                self.problem(
                    "NX004",
                    msg(
                        "duplicate key '{key}' (first at line {first}); a key may appear once in a mapping, and most "
                        "YAML readers silently keep only the last",
                        key=key,
                        first=first[key].start_mark.line + 1,
                    ),
                    key_node,
                    (*path, key),
                )
                continue
            first[key] = key_node
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result

    def scalar(self, node: Any, tag: str, path: Path) -> Any:
        if tag not in _SCALAR_TAGS:
            self.problem("NX006", msg("the tag {tag} is not allowed", tag=_short(tag)), node, path)
            return None
        if tag == _TAG + "timestamp":
            return node.value
        try:
            if tag == _TAG + "float":
                return RawFloat(self.constructor.construct_yaml_float(node), node.value)
            return self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError) as error:
            self.problem(
                "NX103", msg("cannot read {value}: {error}", value=repr(node.value), error=str(error)), node, path
            )
            return None
