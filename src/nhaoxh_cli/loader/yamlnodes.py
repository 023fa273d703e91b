"""Safe YAML reading that remembers where every value came from.

PyYAML's loaders merge duplicate keys silently, expand aliases without bound,
turn `NO` into False, recurse once per nesting level (libyaml's composer
crashes on a document nested 100.000 deep) and forget positions once data is
built. Here there is one reading path: the parser's event stream — libyaml's
C parser when PyYAML was built with it, PyYAML's pure-Python parser
otherwise, with identical results — is walked once, iteratively, by one
builder. It refuses duplicate keys, aliases, merge keys and unknown tags where
they stand, bounds nesting and the number of values, builds plain Python data
with no constructor of YAML's choosing, and keeps YAML 1.1's typed readings
visible (how a plain `NO`, `01` or `1:30` was written).

Places cost almost nothing to keep: the builder appends the character offset
of every key and value, in document order, to one array, and notes how many
entries each mapping and list spans. The data's own shape then says which
entry belongs to which path, so `YamlDocument.locate(path)` — the same tuple
a pydantic error's `loc` holds — counts its way there only when a place is
asked for, and turns the offset into a line and column then.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, Literal
from unicodedata import normalize

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from ..checks.rules.plan_fields import WRONG_VALUE
from ..checks.rules.yaml_safety import ALIAS, DUPLICATE_KEY, LIMIT, SYNTAX, TAG
from ..findings import Finding, ProblemCode
from ..i18n import Text, msg
from ..values import frozen
from .limits import DEFAULT_LIMITS, Limits

_CParser: Any
try:  # libyaml parses several times faster than the pure-Python parser
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _CParser = None

Path = tuple[str | int, ...]
ParserName = Literal["libyaml", "python"]

#: Whether libyaml's C parser is there: `parse_yaml` uses it unless told otherwise.
LIBYAML = _CParser is not None

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL = _TAG + "str", _TAG + "int", _TAG + "float", _TAG + "bool"
_NULL, _TIMESTAMP = _TAG + "null", _TAG + "timestamp"
_MAP, _SEQ = _TAG + "map", _TAG + "seq"
_SCALAR_TAGS = frozenset({_STR, _INT, _FLOAT, _BOOL, _NULL, _TIMESTAMP})
#: YAML 1.1's implicit types (PyYAML's safe resolver), by the first character a plain scalar can have
#: ("" too: an empty plain scalar is null).
_IMPLICIT: dict[str | None, list[tuple[str, re.Pattern[str]]]] = Resolver.yaml_implicit_resolvers
_TYPED_FIRST = frozenset(k for k in _IMPLICIT if k is not None)
#: Python refuses to turn longer integers into text (sys.set_int_max_str_digits): no figure is that long.
MAX_DIGITS = 4300


class RawFloat(float):
    """A float that remembers how it was written (4.017 vs 4.0170)."""

    raw: str

    def __new__(cls, value: float, raw: str) -> RawFloat:
        self = super().__new__(cls, value)
        self.raw = raw
        return self


class RawInt(int):
    """An integer YAML 1.1 reads from something other than plain digits (0x1F, 017, 1_000, 1:30),
    remembering how it was written, so that a figure can refuse it."""

    raw: str

    def __new__(cls, value: int, raw: str) -> RawInt:
        self = super().__new__(cls, value)
        self.raw = raw
        return self

    def __repr__(self) -> str:
        return int.__repr__(self)


@frozen
class Place:
    """Where a value stands: 1-based line and column, and — for a value YAML read from plain text
    as something other than text (a number, yes/no) — how it was written and the type read."""

    line: int
    column: int
    raw: str | None = None  # the scalar's text as written
    plain: bool = False  # an unquoted scalar, typed by YAML's implicit rules
    tag: str = ""


_PLAIN_WORD = r"(?:[&!]\S*\s+)*([A-Za-z]+)"  # a yes/no word, after its anchor or tag


@dataclass
class YamlDocument:
    data: Any
    #: The character offset of every key and value, in document order (see the module's docstring).
    offsets: array[int] = field(default_factory=lambda: array("q"))
    #: Problems that do not stop reading (a duplicate key, an alias, a tag):
    #: the offending value is left out and the rest is still checked.
    findings: list[Finding] = field(default_factory=list)
    #: Paths whose value was left out because of those problems.
    broken: set[Path] = field(default_factory=set)
    text: str = ""
    #: How many entries each mapping and list holds (itself and everything below), by id.
    _spans: dict[int, int] = field(default_factory=dict, repr=False)
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _children: dict[int, Any] = field(default_factory=dict, repr=False)

    def locate(self, path: Path, *, prefer_key: bool = False) -> Place:
        """The place of `path`, or of its nearest ancestor that exists; with `prefer_key`, the place of
        the key that names the value (an unknown key is pointed at, not its value)."""
        if not self.offsets:
            return Place(1, 1)
        node, entry, key_entry = self.data, 0, None
        for part in path:
            key_entry = None
            children = self._entries(node)
            if type(node) is dict and isinstance(part, str) and part in node:
                key_entry, entry = entry + children[part][0], entry + children[part][1]
            elif type(node) is list and isinstance(part, int) and 0 <= part < len(node):
                entry += children[part]
            else:
                break
            node = node[part]
        else:
            if prefer_key and key_entry is not None:
                return self._place(key_entry)
            return self._place(entry, node)
        return self._place(entry)

    def _entries(self, node: Any) -> Any:
        """Where each child of `node` stands, counted from the entry of `node` itself (cached: a
        mapping of 10.000 keys is counted once, however many of its keys are located)."""
        found = self._children.get(id(node))
        if found is None and type(node) in (dict, list):
            spans = self._spans
            after = 1  # the collection's own entry
            if type(node) is dict:
                found = {}
                for key, value in node.items():
                    found[key] = (after, after + 1)
                    after += 1 + spans.get(id(value), 1)
            else:
                found = []
                for value in node:
                    found.append(after)
                    after += spans.get(id(value), 1)
            self._children[id(node)] = found
        return found

    def _place(self, entry: int, value: Any = None) -> Place:
        offset = self.offsets[entry]
        starts = self._line_starts
        if not starts:  # str.splitlines breaks lines where YAML does, in any text YAML accepts
            starts += [0, *accumulate(map(len, self.text.splitlines(keepends=True)))]
        line = bisect_right(starts, offset)
        place = Place(line, offset - starts[line - 1] + 1)
        if isinstance(value, (int, float)):  # YAML read a number or yes/no: keep how it was written
            raw = getattr(value, "raw", None)
            if isinstance(value, bool):
                word = re.compile(_PLAIN_WORD).match(self.text, offset)
                raw, tag = (word.group(1) if word else None), _BOOL
            else:
                raw, tag = raw or repr(value), _FLOAT if isinstance(value, float) else _INT
            return Place(place.line, place.column, raw, raw is not None, tag)
        return place

    def is_broken(self, path: Path) -> bool:
        """Whether `path` is, contains or lies within a value left out."""
        return any(path[: len(b)] == b or b[: len(path)] == path for b in self.broken)


class YamlProblem(Exception):
    """The text is not YAML at all; the findings say why and where."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(findings[0].message if findings else "invalid YAML")
        self.findings = findings


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
            return _line_column(text, match.start())
    return None  # pragma: no cover - the peeling above says there is such a place


def _line_column(text: str, index: int) -> tuple[int, int]:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


class _PythonParser(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser):
    """PyYAML's pure-Python parser alone: events, nothing composed or constructed."""

    def __init__(self, text: str) -> None:
        yaml.reader.Reader.__init__(self, text)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)


def _parser(text: str, parser: ParserName | None) -> Callable[[], Any]:
    """The chosen parser's `get_event`: the next event, None after the last."""
    if parser == "python" or (parser is None and _CParser is None):
        return _PythonParser(text).get_event
    if _CParser is None:
        raise ValueError("PyYAML was built without libyaml")
    return _CParser(text).get_event  # type: ignore[no-any-return]


def parse_yaml(text: str, limits: Limits = DEFAULT_LIMITS, *, parser: ParserName | None = None) -> YamlDocument:
    """Read `text`; raise YamlProblem when it is not YAML at all or exceeds a limit.

    Other problems are kept in the document's `findings`. `parser` picks
    libyaml's C parser or PyYAML's pure-Python one (default: libyaml when
    PyYAML has it); both give the same data, findings and places.
    """
    deep = flow_nesting_exceeds(text, limits.max_depth)
    if deep is not None:
        raise YamlProblem(
            [
                Finding.of(
                    LIMIT,
                    msg("brackets are nested more than {depth} levels deep", depth=limits.max_depth),
                    line=deep[0],
                    column=deep[1],
                    hint=msg("a plan is a few levels deep: check the brackets"),
                )
            ]
        )
    builder = _Builder(text, limits)
    try:
        return builder.read(_parser(text, parser))
    except _TooManyValues as error:
        raise YamlProblem(
            [
                Finding.of(
                    LIMIT,
                    msg("the file holds more than {count} values", count=limits.max_values),
                    at=builder.document._place(error.entry),
                    hint=msg("raise the limit with --max-values if the plan really is this large"),
                )
            ]
        ) from None
    except yaml.YAMLError as error:  # a syntax error, or a character YAML does not allow
        raise YamlProblem([_syntax_finding(error, text)]) from None


#: The characters YAML does not allow in a file (YAML 1.1, 5.1), as PyYAML compiles them once at import
#: (libyaml refuses the same ones). Compiling this class of characters takes milliseconds: not again here.
_NOT_PRINTABLE: re.Pattern[str] = yaml.reader.Reader.NON_PRINTABLE


def _tab_at(text: str, mark: yaml.Mark | None) -> bool:
    """Whether the line the parser stopped at starts with, or holds at its position, a tab."""
    if mark is None:
        return False
    lines = text.split("\n")
    if mark.line >= len(lines):
        return False
    here = lines[mark.line]
    return here[: len(here) - len(here.lstrip(" \t"))].count("\t") > 0 or here[mark.column : mark.column + 1] == "\t"


def _syntax_finding(error: yaml.YAMLError, text: str) -> Finding:
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        problem = " ".join(part for part in (error.context, error.problem) if part)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        if "tab" in problem or _tab_at(text, mark):
            # YAML never indents with a tab; the parsers say so in words that do not name it
            message = msg("a tab character: YAML indents with spaces only ({problem})", problem=problem)
            return Finding.of(SYNTAX, message, line=line, column=column)
        # the parser's own words stay English (libyaml's and PyYAML's differ slightly)
        return Finding.of(SYNTAX, msg("YAML syntax error: {problem}", problem=problem), line=line, column=column)
    found = _NOT_PRINTABLE.search(text)
    if isinstance(error, yaml.reader.ReaderError) and found is not None:
        # libyaml counts the position in bytes, PyYAML in characters: place it from the text itself
        line, column = _line_column(text, found.start())
        return Finding.of(
            SYNTAX,
            msg("the character {character} is not allowed in YAML", character=f"U+{ord(found.group()):04X}"),
            line=line,
            column=column,
            hint=msg("delete the character, or write it as an escape inside double quotes"),
        )
    return Finding.of(SYNTAX, msg("YAML error: {error}", error=str(error)), line=1, column=1)


class _TooManyValues(Exception):
    def __init__(self, entry: int) -> None:
        super().__init__(entry)
        self.entry = entry


_REFUSED = object()  # a mapping's key that was refused: its value is skipped
_SAFE = SafeConstructor()


class _Builder:
    """Turns parser events into data and offsets, without recursion; every rule is here once."""

    def __init__(self, text: str, limits: Limits) -> None:
        self.limits = limits
        self.document = YamlDocument(data=None, text=text)
        #: The open collections' parents: (parent, the entry of the open collection, its key or index
        #: in the parent). Paths are rebuilt from it only when a problem needs one.
        self.stack: list[tuple[Any, int, str | int | None]] = []

    def problem(self, problem: ProblemCode, message: Text, entry: int, path: Path, hint: Text | None = None) -> None:
        self.document.broken.add(path)
        place = self.document._place(entry)
        self.document.findings.append(Finding.of(problem, message, at=place, path=dotted(path), hint=hint))

    def path(self, data: Any, key: Any) -> Path:
        """The path of the value about to be put into `data` (under `key` in a mapping)."""
        above = tuple(part for _, _, part in self.stack if part is not None)
        if type(data) is dict:
            return (*above, key) if isinstance(key, str) else above
        return above if data is None else (*above, len(data))

    def read(self, get_event: Callable[[], Any]) -> YamlDocument:
        """Build the document from `get_event`'s stream. This loop is on the path of every command:
        the open collection lives in locals, each event kind is one branch, and a plain scalar that
        is text or decimal digits (nearly all of a plan) is read without a call."""
        document = self.document
        offsets, spans = document.offsets, document._spans
        record = offsets.append
        max_values, max_depth = self.limits.max_values, self.limits.max_depth
        stack = self.stack
        events: Iterator[Any] = iter(get_event, None)
        count = documents = 0
        data: Any = None  # the open collection: a dict or a list (None: at the top)
        start = 0  # the entry of the open collection
        key: Any = None  # in a mapping, the key waiting for its value (None: the next scalar is a key)
        for event in events:
            kind = type(event)
            if kind is ScalarEvent:
                value = event.value
                if not value.isascii():
                    value = normalize("NFC", value)
                if key is None and type(data) is dict:  # a key
                    if value == "<<" and event.tag in (None, "!") and event.implicit[0]:
                        record(event.start_mark.index)
                        self.problem(ALIAS, msg("merge keys (<<) are not allowed"), -1, self.path(data, None))
                        offsets.pop()
                        key = _REFUSED
                    elif value in data:
                        record(event.start_mark.index)
                        first = document._place(start + document._entries(data)[value][0]).line
                        document._children.pop(id(data))  # the mapping is still open: counted again if asked
                        self.problem(DUPLICATE_KEY, _duplicate(value, first), -1, self.path(data, value))
                        offsets.pop()
                        key = _REFUSED
                    else:
                        record(event.start_mark.index)
                        key = value
                    continue
                if key is _REFUSED:
                    key = None
                    continue
                record(event.start_mark.index)
                count += 1
                if count > max_values:
                    raise _TooManyValues(len(offsets) - 1)
                if event.tag is None and (event.style or value[:1] not in _TYPED_FIRST):
                    pass  # quoted (libyaml's plain style is '', PyYAML's None), or text no implicit type starts with
                elif event.tag is None and value.isdigit() and value.isascii() and (value[0] != "0" or value == "0"):
                    value = int(value) if len(value) <= MAX_DIGITS else self.scalar(event, _INT, data, key)
                else:
                    value = self.scalar(event, event.tag, data, key)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if key is _REFUSED:  # the value of a refused key
                    key = None
                    _skip(events)
                    continue
                record(event.start_mark.index)
                if key is None and type(data) is dict:
                    message = msg("a key must be plain text, not a list or mapping")
                    self.problem(SYNTAX, message, -1, self.path(data, None))
                    offsets.pop()
                    key = _REFUSED
                    _skip(events)
                    continue
                count += 1
                if count > max_values:
                    raise _TooManyValues(len(offsets) - 1)
                mapping = kind is MappingStartEvent
                tag = event.tag
                if tag is not None and tag != "!" and tag != (_MAP if mapping else _SEQ):
                    self.problem(TAG, _tag_refused(tag), -1, self.path(data, key))
                    _skip(events)
                    value = None
                elif len(stack) >= max_depth:
                    self.problem(
                        LIMIT,
                        msg("values are nested more than {depth} levels deep", depth=max_depth),
                        -1,
                        self.path(data, key)[:max_depth],
                        hint=msg("a plan is a few levels deep: check the brackets and indentation"),
                    )
                    _skip(events)
                    value = None
                else:
                    value = {} if mapping else []
                    if type(data) is dict:
                        data[key] = value
                        stack.append((data, start, key))
                    elif data is not None:
                        stack.append((data, start, len(data)))
                        data.append(value)
                    else:
                        document.data = value
                        stack.append((None, start, None))
                    data, start, key = value, len(offsets) - 1, None
                    continue
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                spans[id(data)] = len(offsets) - start
                data, start, _ = stack.pop()
                key = None
                continue
            elif kind is AliasEvent:
                if key is _REFUSED:
                    key = None
                    continue
                record(event.start_mark.index)
                if key is None and type(data) is dict:
                    self.problem(ALIAS, _alias(event.anchor), -1, self.path(data, None))
                    offsets.pop()
                    key = _REFUSED
                    continue
                count += 1
                if count > max_values:
                    raise _TooManyValues(len(offsets) - 1)
                self.problem(ALIAS, _alias(event.anchor), -1, self.path(data, key))
                value = None
            elif kind is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise yaml.MarkedYAMLError(
                        problem="a plan file holds one YAML document (found a second '---')",
                        problem_mark=event.start_mark,
                    )
                continue
            else:  # the stream's and the document's other events
                continue
            if type(data) is dict:
                data[key] = value
                key = None
            elif data is not None:
                data.append(value)
            else:
                document.data = value
        return document

    def scalar(self, event: ScalarEvent, tag: str | None, data: Any, key: Any) -> Any:
        """A scalar that may not be plain text, read as PyYAML's safe loader reads it."""
        value: str = event.value
        if not value.isascii():
            value = normalize("NFC", value)
        if tag is None or tag == "!":
            tag = _STR
            if event.implicit[0]:
                tag = next((t for t, pattern in _IMPLICIT.get(value[:1], []) if pattern.match(value)), _STR)
        if tag == _STR:
            return value
        if tag not in _SCALAR_TAGS:
            self.problem(TAG, _tag_refused(tag), -1, self.path(data, key))
            return None
        try:
            return _construct(tag, value)
        except _TooLong:
            self.problem(
                WRONG_VALUE,
                msg("a number of {digits} digits is too long to be a figure", digits=_digits(value)),
                -1,
                self.path(data, key),
                hint=msg("check the value: no figure in a plan is that long"),
            )
        except (yaml.YAMLError, ValueError, OverflowError, KeyError) as error:
            text = msg("cannot read {value}: {error}", value=repr(value), error=str(error))
            self.problem(WRONG_VALUE, text, -1, self.path(data, key))
        return None


class _TooLong(ValueError):
    pass


def _digits(number: str) -> int:
    """How many digits a YAML integer is written with: no sign, no 0x or 0b, no : or _."""
    bare = number.lstrip("+-")
    bare = bare[2:] if bare[:2].lower() in ("0x", "0b") else bare
    return sum(ch.isalnum() for ch in bare)


def _construct(tag: str, value: str) -> Any:
    """A scalar of a YAML 1.1 type, as PyYAML's safe constructor reads it (dates stay text: the model
    parses ISO dates)."""
    if tag == _INT:
        if len(value.lstrip("+-")) > MAX_DIGITS:
            raise _TooLong(value)
        if value.isdigit() and value.isascii() and (value[0] != "0" or value == "0"):
            return int(value)
        number = _SAFE.construct_yaml_int(ScalarNode(tag, value))
        if abs(number).bit_length() > MAX_DIGITS * 3:  # 0x… and 1:… forms grow past what Python prints
            raise _TooLong(value)
        return RawInt(number, value)
    if tag == _FLOAT:
        return RawFloat(_SAFE.construct_yaml_float(ScalarNode(tag, value)), value)
    if tag == _BOOL:
        return _SAFE.bool_values[value.lower()]
    if tag == _NULL:
        return None
    return value  # a timestamp


def _skip(events: Iterator[Any]) -> None:
    """Pass over the rest of a collection whose start was just read."""
    depth = 1
    for event in events:
        kind = type(event)
        if kind is MappingStartEvent or kind is SequenceStartEvent:
            depth += 1
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            depth -= 1
            if not depth:
                return


def _duplicate(key: str, first: int) -> Text:
    return msg(
        "duplicate key '{key}' (first at line {first}); a key may appear once in a mapping, and most YAML "
        "readers silently keep only the last",
        key=key,
        first=str(first),  # a line, not a count
    )


def _alias(anchor: str) -> Text:
    return msg("an alias (*{anchor}) reuses another value here", anchor=anchor)


def _tag_refused(tag: str) -> Text:
    short = "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag  # as it was written
    return msg("the tag {tag} is not allowed", tag=short)


def dotted(path: Path) -> str:
    """A path as people write it: pipeline.started.deliveries[0].units."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
