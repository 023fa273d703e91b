"""Figures in tables: who from the row, when and what from the column, else the caption.

A row label names the province ("Hồ Chí Minh"), the whole country ("Tổng")
or a project; a column header names the years ("Năm 2026", "2027", "Chỉ tiêu
… đến năm 2030") and maybe the kind; a transposed table says the kind in its
row label ("Số căn phải hoàn thành") and the years across. Otherwise the
paragraph before the table (its caption) or the article's opening gives the
kind. A row whose status names a stage ("Đang thi công") is a project.
"""

from __future__ import annotations

import re

from ..domain import Stage
from ..loader.registry import Registry
from . import lexicon, tables
from . import text as textmod
from . import when as wh
from .candidate import NATIONAL, UNNAMED, Candidate
from .places import mentions
from .prose import KIND_OF_CUE, DocState
from .result import Kind, Note, When
from .words import Token, count_value, tokenize

_TABLE_NATIONAL = {"tổng", "tổng cộng", "cả nước", "toàn quốc", "tổng số"}


def read(
    found: list[tables.Table], blocks: list[textmod.Block], state: DocState, registry: Registry
) -> list[Candidate]:
    result: list[Candidate] = []
    for number, table in enumerate(found):
        caption = _caption_kind(table, blocks) or (state.topic[0] if state.topic else None)
        columns = [_column(h) for h in table.headers]
        for label, values in table.rows:
            texts = [label.text, *(v.text for v in values if not tables.numeric(v.text))]
            name = next((t for t in texts if not tables.numeric(t)), label.text)
            tokens = tokenize(name, 0, len(name))
            places = mentions(tokens, registry)
            subject = places[0].place.current if places else UNNAMED
            if name.strip().lower() in _TABLE_NATIONAL:
                subject = NATIONAL
            row_kind, stage = _row_stage(texts)
            label_kind, label_when = _column(label.text)  # a transposed table: the row says what, columns when
            for k, cell in enumerate(values):
                if not tables.numeric(cell.text):
                    continue  # a name or a status, not a figure
                kind, when = columns[k] if k < len(columns) else (None, None)
                kind, when = kind or label_kind, when or label_when
                c = Candidate(
                    written=cell.text,
                    units=count_value(cell.text),
                    line=cell.line,
                    quote=_cell_quote(name, table.headers[k] if k < len(table.headers) else "", cell.text),
                    kind=kind or caption,
                    when=when,
                    subject=subject,
                    position=(10**9 + number, label.line, k),
                )
                if stage is not None and kind is None:
                    c.kind, c.stage, c.single_project = row_kind, stage, True
                    c.fields["project_name"] = name  # a table of projects, each with its stage
                if table.cut is cell:
                    c.hold = Note.of("cut_off", cell=cell.text)
                elif c.units is None:
                    c.hold = Note.of("not_units", words=cell.text)
                result.append(c)
                if places:
                    state.places_seen.append(places[0].place)
    return result


def _cell_quote(row: str, column: str, cell: str) -> str:
    """A table cell's words: its row, its column, the cell ("69,700 (69.700)": the plan writes a dot)."""
    units = count_value(cell)
    plain = f" ({units:,})".replace(",", ".") if units is not None and "," in cell else ""
    return f"{row} | {column}: {cell}{plain}"


def _row_stage(texts: list[str]) -> tuple[Kind | None, Stage | None]:
    """A row's status ("Đang thi công", "Chuẩn bị khởi công"): the stage of the project it names."""
    for text in texts:
        tokens = tokenize(text, 0, len(text))
        for _, _, cue in lexicon.CUES.find(tokens):
            if cue in lexicon.STAGE_OF_CUE:
                return Kind.PIPELINE, lexicon.STAGE_OF_CUE[cue]
    return None, None


def _column(text: str) -> tuple[Kind | None, When | None]:
    """The kind and years a column header (or a row label) gives: "Năm 2026", "2027", "Chỉ tiêu … đến năm 2030"."""
    bare = re.fullmatch(r"\s*((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\s*", text)
    if bare:
        first, last = int(bare.group(1)), int(bare.group(2) or bare.group(1))
        return None, When(first, last, text.strip())
    tokens = tokenize(text, 0, len(text))
    kinds = [KIND_OF_CUE.get(cue) for _, _, cue in lexicon.CUES.find(tokens)]
    spans = [s for s in wh.find(tokens, text) if s.when is not None]
    return next((k for k in kinds if k), None), spans[0].when if spans else None


def _caption_kind(table: tables.Table, blocks: list[textmod.Block]) -> Kind | None:
    end = _before(blocks, table)
    before = blocks[max(0, end - 2) : end]
    for block in reversed(before):
        tokens: list[Token] = tokenize(block.text, 0, len(block.text))
        for _, _, cue in reversed(list(lexicon.CUES.find(tokens))):
            kind = KIND_OF_CUE.get(cue)
            if kind is not None and kind.is_target:
                return kind
    return None


def _before(blocks: list[textmod.Block], table: tables.Table) -> int:
    """How many blocks end before the table (blocks are in line order: a binary search)."""
    low, high = 0, len(blocks)
    while low < high:
        middle = (low + high) // 2
        if blocks[middle].lines[-1] < table.first_line:
            low = middle + 1
        else:
            high = middle
    return low
