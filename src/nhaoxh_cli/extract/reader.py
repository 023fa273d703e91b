"""`extract_text` and `extract_file`: a document in, an `Extraction` out.

The steps, each in its own module: the text's tables (`tables`), its blocks
and sentences (`text`), its header and date (`header`), the constructions of
decisions (`decision`), figures in prose (`prose`), the province and where
each figure goes (`place`), the plan (`draft`) and its YAML (`writer`).
Nothing here prints or writes a file.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..loader.registry import FORMER, Registry, default_registry
from ..progress import Progress
from . import decision, header, lexicon, place, prose, tables, tabular, writer
from . import draft as drafting
from . import text as textmod
from . import when as wh
from .candidate import Candidate
from .inputs import ExtractError, Limits, read_path, to_source
from .places import mentions
from .result import Decision, Extraction, Kind, Note, Unplaced, When
from .sentence import cited
from .words import tokenize

#: What a figure's words implied rather than said: each placed figure's such notes are listed "to check".
_INFERRED = {
    "stage_guess",
    "relative_year",
    "programme_period",
    "quota_part",
    "reached_of",
    "total_of_parts",
    "paragraph_year",
    "month_of_year",
    "before_merger_former",
}

#: The national programme: the Đề án of one million units, Quyết định 338/QĐ-TTg of 03/04/2023.
_PROGRAMME = re.compile(r"(?:một|1|01)\s+triệu\s+căn|338\s*/\s*qđ\s*-\s*ttg", re.IGNORECASE)
_SOCIAL = re.compile(r"nhà ở xã hội|noxh|nơxh|nhà ở công nhân|thu nhập thấp|căn hộ xã hội|nhà ở cho công nhân")


def extract_file(
    path: Path,
    *,
    province: str | None = None,
    date: dt.date | None = None,
    limits: Limits | None = None,
    registry: Registry | None = None,
    progress: Progress | None = None,
    folder: Path | None = None,
) -> Extraction:
    """Read a .txt, .md, .html, .docx or .pdf file (bounded by `limits`) and draft its plan.

    Raises `ExtractError` for what a person can fix: an unreadable or too large file, a scanned
    PDF, a missing optional extra, an unsupported type.
    """
    data = read_path(path, limits or Limits())
    source = to_source(data, path.name)
    return extract_text(
        source.text,
        path.name,
        province=province,
        date=date,
        registry=registry,
        input_type=source.input_type,
        progress=progress,
        folder=folder,
    )


def extract_text(
    text: str,
    name: str,
    *,
    province: str | None = None,
    date: dt.date | None = None,
    registry: Registry | None = None,
    input_type: str = "text",
    progress: Progress | None = None,
    folder: Path | None = None,
) -> Extraction:
    """Draft a plan from a document's text; `province` and `date` override what the text says;
    `progress(done, total)` after each paragraph or table row read; `folder`: where the draft
    will be written (for its pointer at the plan schema)."""
    registry = registry or default_registry()
    if province is not None and registry.lookup(province) is None:
        raise ExtractError("unknown_province", province=province)
    lines = text.split("\n")
    found_tables = tables.find(lines)
    skip = set().union(*(t.lines for t in found_tables)) if found_tables else set()
    blocks, struck = textmod.blocks(lines, skip)
    head = header.read(blocks, lines)
    iso = date.isoformat() if date is not None else head.date
    date_how = Note.of("date_option") if date is not None else Note.of(head.date_how, line=head.date_line)
    state = prose.DocState(registry, year=int(iso[:4]) if iso else None)
    state.social = bool(_SOCIAL.search(text[:5_000_000].lower()))
    state.topic = _topic(blocks[:3])
    candidates = _read_blocks(blocks, state, progress)
    candidates += tabular.read(found_tables, blocks, state, registry)
    _of_target(candidates)
    _span_of_parts(candidates, blocks)
    title = tokenize(blocks[0].text, 0, min(300, len(blocks[0].text))) if blocks else []
    title_places = [m.place for m in mentions(title, registry)]
    choice = place.choose(registry, province, head, state.places_seen, title_places, iso)
    drafted = _assemble(name, input_type, candidates, choice, head, iso, date_how, state, struck, registry, blocks)
    return writer.with_yaml(drafted, folder)


def _read_blocks(
    blocks: list[textmod.Block], state: prose.DocState, progress: Progress | None = None
) -> list[Candidate]:
    found: list[Candidate] = []
    roman: str | None = None
    numbered: str | None = None
    every = max(1, len(blocks) // 200)  # at most 200 calls, however long the document
    for index, block in enumerate(blocks):
        if progress is not None and index % every == 0:
            progress(index, len(blocks))
        if block.heading[0]:
            roman, numbered = block.heading[0], None
        elif block.heading[1] and roman:
            numbered = block.heading[1]
        section = ".".join(p for p in (roman, numbered) if p)
        state.block_subject = None
        state.paragraph_year = None
        if state.programme is None:
            state.programme = _programme(block)
            state.programme_block = index if state.programme is not None else -1
        constructions, used = decision.read(block, index, state)
        in_block = list(constructions)
        if not prose.has_figure(block.text):
            prose.read(block, index, 0, len(block.text), 0, state, used)  # no figure: only who it names
        else:
            for number, (start, end) in enumerate(textmod.sentences(block.text)):
                in_block += prose.read(block, index, start, end, number, state, used)
        for c in in_block:
            c.section = section
            if c.kind is Kind.COMPLETED and state.forecast is not None:
                c.fields["baseline"] = True
        found += in_block
        _list_state(block, index, in_block, state)
    if progress is not None:
        progress(len(blocks), len(blocks))
    return found


def _list_state(block: textmod.Block, index: int, found: list[Candidate], state: prose.DocState) -> None:
    """A lead-in ending with ":" gives its kind to the list items after it."""
    if block.item:
        return
    if block.text.rstrip().endswith(":"):
        kinds = [c.kind for c in found if c.kind is not None and c.kind.is_target]
        if not kinds:
            tokens = tokenize(block.text, 0, len(block.text))
            cue_kinds = [
                k for _, _, cue in lexicon.CUES.find(tokens) if (k := prose.KIND_OF_CUE.get(cue)) and k.is_target
            ]
            kinds = cue_kinds
        state.list_kind = (kinds[-1], index) if kinds else None
    else:
        state.list_kind = None


def _topic(blocks: list[textmod.Block]) -> tuple[Kind, When] | None:
    """A national allocation article's frame: "giao chỉ tiêu … giai đoạn 2026-2030 cho từng địa phương"."""
    for block in blocks:
        for start, end in textmod.sentences(block.text):
            tokens = tokenize(block.text, start, end)
            quota = next((i for i, _, cue in lexicon.CUES.find(tokens) if cue == lexicon.QUOTA), None)
            national = any(not cited(tokens, i) for i, _, _ in lexicon.NATIONAL.find(tokens))
            spans = [s for s in wh.find(tokens, block.text) if s.type in (wh.PERIOD, wh.YEAR) and s.when]
            if quota is not None and national and spans:
                after = [s for s in spans if s.first > quota]  # "giao chỉ tiêu … giai đoạn 2026-2030 cho …"
                chosen = (after or spans)[0].when
                if chosen is not None:
                    return Kind.QUOTA, chosen
    return None


def _programme(block: textmod.Block) -> When | None:
    """The period a paragraph gives the national programme it names ("Đề án … một triệu căn … giai đoạn
    2021 - 2030", "theo Quyết định số 338/QĐ-TTg"): the period of a quota that states none."""
    if _PROGRAMME.search(block.text) is None:
        return None
    for start, end in textmod.sentences(block.text):
        named = _PROGRAMME.search(block.text, start, end)
        if named is None:
            continue
        tokens = tokenize(block.text, start, end)
        periods = [s for s in wh.find(tokens, block.text) if s.type == wh.PERIOD and s.when is not None]
        # the period nearest after the programme's name ("… 1 triệu căn … giai đoạn 2021-2030"), not a plan's
        # named before it ("kế hoạch phát triển nhà ở giai đoạn 2020-2025, … Đề án … 1 triệu căn …")
        after = [s for s in periods if tokens[s.first].start >= named.start()]
        chosen = after[0] if after else (periods[-1] if periods else None)
        if chosen is not None:
            return chosen.when
    return None


def own_territory(candidates: list[Candidate], choice: place.Choice, registry: Registry) -> None:
    """In a draft of a former unit (a text from before the merger), a figure said of another unit that was
    one then — "Tại TP. Hồ Chí Minh, năm 2025 thành phố phấn đấu …" in a text on Bình Dương — is that unit's:
    its own former territory, not the draft's."""
    territory = choice.territory.value or ""
    if not territory.startswith(FORMER) or choice.territory.how.code != "territory_former":
        return  # only in a text dated before the merger (not a former territory guessed from names)
    for c in candidates:
        if _after_merger(c.quote):
            continue  # "Sau sáp nhập, TP.HCM phấn đấu …": today's unit
        other = c.subject == choice.province.value and c.subject != territory.removeprefix(FORMER)
        if c.former is None and other and c.fields.get("named") and registry.former_unit(c.subject) is not None:
            c.former = c.subject


def _after_merger(text: str) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in ("sau sáp nhập", "sau khi sáp nhập", "sau hợp nhất", "sau khi hợp nhất"))


def _of_target(candidates: list[Candidate]) -> None:
    """ "đã hoàn thành 3.364/3.400 căn": the years of the target of 3.400 units."""
    targets = {c.units: c.when for c in candidates if c.kind is not None and c.kind.is_target and c.when}
    for c in candidates:
        if c.of_units is not None and c.when is None and c.of_units in targets and c.kind is Kind.COMPLETED:
            c.when = targets[c.of_units]
            c.notes.append(Note.of("of_target"))


def _span_of_parts(candidates: list[Candidate], blocks: list[textmod.Block]) -> None:
    """ "giao chỉ tiêu … 20.000 căn, cụ thể: - Giai đoạn 2021-2025: 6.000 căn; - Giai đoạn 2026-2030: 14.000
    căn": a total without years spans the years of the listed parts that add up to it."""
    for k, c in enumerate(candidates):
        if c.kind is None or not c.kind.is_target or c.when is not None or c.units is None:
            continue
        if c.position[0] >= len(blocks) or not blocks[c.position[0]].text.rstrip().endswith(":"):
            continue
        total, years, block = 0, [], c.position[0]
        for part in candidates[k + 1 :]:
            if part.position[0] != block + 1 or part.position[0] >= len(blocks):
                break
            if not blocks[part.position[0]].item or part.kind is not c.kind:
                break
            if part.when is None or part.when.first is None or part.when.last is None or part.units is None:
                break
            total, block = total + part.units, part.position[0]
            years += [part.when.first, part.when.last]
            if total == c.units and len(years) >= 4:
                c.when = When(min(years), max(years), f"{min(years)}-{max(years)}")
                c.notes.append(Note.of("span_of_parts"))
                break


def _assemble(
    name: str,
    input_type: str,
    candidates: list[Candidate],
    choice: place.Choice,
    head: header.Header,
    iso: str | None,
    date_how: Note,
    state: prose.DocState,
    struck: list[tuple[int, str]],
    registry: Registry,
    blocks: list[textmod.Block],
) -> Extraction:
    has_date = iso is not None and len(iso) == 10
    unplaced: list[Unplaced] = []
    ready: list[Candidate] = []
    own_territory(candidates, choice, registry)
    for c in sorted(candidates, key=lambda c: c.position):
        reason = place.screen(c, choice, registry, has_date)
        if reason is None:
            ready.append(c)
        else:
            unplaced.append(Unplaced(c.written, c.units, c.line, c.quote, reason, c.kind))
    titles = set(blocks[0].lines) if blocks else set()
    kept, repeats = place.dedupe(ready, titles)
    kept, repeats = place.headline_repeats(kept, repeats, titles)
    kept, repeats = place.rounded_repeats(kept, repeats)
    unplaced += [
        Unplaced(c.written, c.units, c.line, c.quote, Note.of("repeated", line=w.line), c.kind) for c, w in repeats
    ]
    doc = _doc_key(head.number)
    # unfilled, a draft is no plan: "FILL:" is the template's mark, which validate refuses (NX116)
    source: dict[str, object] = {"document": head.number or _title(head, blocks) or "FILL: số hiệu văn bản"}
    if iso and len(iso) == 10:
        source["date"] = iso
    if head.issuer:
        source["issuer"] = head.issuer
    if head.title:
        source["title"] = head.title
    source["file"] = name
    notes = [Note.of(code, **values) for code, values in head.notes]
    notes += [Note.of("struck", line=line, words=words) for line, words in struck]
    if notes:
        from .messages import say

        source["notes"] = [say(n) for n in notes]
    unit = registry.unit(choice.province.value) if choice.province.value else None
    province_fields: dict[str, object] = (
        {"slug": unit.slug, "name": unit.name, "code": unit.code}
        if unit
        else {"slug": "fill-me", "name": "FILL: tên tỉnh, thành phố"}
    )
    built = drafting.build(
        kept,
        head={"schema_version": 1, "province": province_fields, "sources": {doc: source}},
        doc=doc,
        date=iso if has_date else None,
        labels=state.labels,
        territory=choice.territory.value,
    )
    unplaced += built.unplaced
    unplaced.sort(key=lambda u: u.line)
    fill = list(choice.fill)
    if head.decision and not head.number:
        fill.append(Note.of("number_missing"))
    elif not head.number and not _title(head, blocks):
        fill.append(Note.of("name_missing"))
    if not iso:
        fill.append(Note.of("date_missing"))
    inferred = [n for f in built.figures for n in f.why if n.code in _INFERRED]
    checks = choice.checks + built.checks + list(dict.fromkeys(inferred))
    if date_how.code == "date_opening" and iso:
        checks.insert(0, Note.of("date_opening_check", date=iso, line=head.date_line or 0))
    extraction = Extraction(
        name=name,
        province=choice.province,
        territory=choice.territory,
        date=Decision(iso, date_how),
        placed=tuple(built.figures),
        unplaced=tuple(unplaced),
        to_check=tuple(checks),
        to_fill=tuple(fill),
        plan_yaml="",
        document=head.number,
        input_type=input_type,
        plan=built.plan,
    )
    return extraction


def _title(head: header.Header, blocks: list[textmod.Block]) -> str | None:
    """A news article has no number: its headline names it (a decision without its number stays to FILL)."""
    if head.decision or not blocks or len(blocks[0].text) > 160:
        return None
    return blocks[0].text


def _doc_key(number: str | None) -> str:
    if not number:
        return "source"
    digits = re.match(r"\d+", number)
    upper = number.upper()
    kind = "qd" if "QĐ" in upper else ("kh" if "KH" in upper else ("nq" if "NQ" in upper else "doc"))
    return f"{kind}{digits.group(0)}" if digits else "source"
