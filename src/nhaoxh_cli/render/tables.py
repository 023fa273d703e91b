"""Tables for people: one value (`Table`) drawn as a terminal table (rich) or a Markdown table.

Cells are already worded and formatted in the reader's language (a view's `rows.py` makes
them); this module only lays them out. Colours mean the same everywhere (met green, near
yellow, at risk orange, off track and not met red) and are never the only signal: the status
word is printed. Cells wrap, never end in "…": a row is always told apart from the next.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain import Status
from .safe import visible, visible_lines

if TYPE_CHECKING:
    from . import RenderOptions

STATUS_STYLE = {
    Status.MET: "green",
    Status.NEAR: "yellow",
    Status.AT_RISK: "dark_orange",
    Status.OFF_TRACK: "red",
    Status.NOT_MET: "red",
    Status.UNKNOWN: "dim",
}


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    numeric: set[int] = field(default_factory=set)  # right-aligned columns
    status_column: int | None = None  # the column holding the status word, coloured by `statuses`
    statuses: list[Status | None] = field(default_factory=list)  # one per row
    bold_last: bool = False  # the last row is a total
    footnotes: list[str] = field(default_factory=list)
    key_columns: int = 1  # the columns that name a row (its heading when drawn as a card)
    #: Each row as a card's line, when the view words it better than "header value" pairs do.
    card_lines: list[str] | None = None

    def add(self, cells: list[str], status: Status | None = None) -> None:
        self.rows.append(cells)
        self.statuses.append(status)


def escape_markup(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def to_text(blocks: list[Table | str], *, color: bool, width: int | None) -> str:
    """Tables and lines of text for a terminal, a pipe or a file.

    `width`: the columns to fit (cells wrap to fit); None lays every table out at its natural
    width, never cutting or wrapping a cell.
    """
    from rich.console import Console
    from rich.table import Table as RichTable
    from rich.text import Text

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        width=width or 10_000,
        highlight=False,
        emoji=False,
        soft_wrap=width is None,
    )
    for block in blocks:
        if isinstance(block, str):
            console.print(Text(visible_lines(block)), soft_wrap=width is None)
            continue
        if width is not None and width < CARDS_BELOW and len(block.header) >= CARDS_FROM_COLUMNS:
            _cards(console, block)
            continue
        table = RichTable(title=Text(visible(block.title), style="bold"), title_justify="left", expand=False)
        for index, name in enumerate(block.header):
            table.add_column(
                name,
                justify="right" if index in block.numeric else "left",
                overflow="fold",
                no_wrap=width is None,
            )
        for number, cells in enumerate(block.rows):
            styled: list[Text] = [Text(visible(c)) for c in cells]
            status = block.statuses[number] if number < len(block.statuses) else None
            if block.status_column is not None and status is not None:
                styled[block.status_column].stylize(STATUS_STYLE[status])
            style = "bold" if block.bold_last and number == len(block.rows) - 1 else None
            table.add_row(*styled, style=style)
        console.print(table)
        for note in block.footnotes:
            console.print(Text(visible(note), style="dim"), soft_wrap=width is None)
    text = buffer.getvalue()
    return "\n".join(line.rstrip() for line in text.split("\n"))


#: A table of this many columns or more is drawn as cards in a terminal narrower than CARDS_BELOW:
#: at 80 columns a wide table wraps every cell into a column of syllables, a card reads as lines.
CARDS_FROM_COLUMNS, CARDS_BELOW = 6, 110


def _cards(console: Any, block: Table) -> None:
    """Each row as a heading (its key columns) and its other cells as "name value" pairs."""
    from rich.padding import Padding
    from rich.text import Text

    console.print(Text(visible(block.title), style="bold"))
    for number, cells in enumerate(block.rows):
        status = block.statuses[number] if number < len(block.statuses) else None
        heading = " · ".join(visible(c) for c in cells[: block.key_columns] if c)
        console.print(Padding(Text(heading, style="bold"), (0, 0, 0, 1)))
        line = Text()
        if block.card_lines is not None:
            word = cells[block.status_column] if block.status_column is not None else ""
            text = visible(block.card_lines[number])
            if word and text.startswith(word):  # the status word, coloured
                line.append(word, style=STATUS_STYLE[status] if status is not None else None)
                text = text[len(word) :]
            line.append(text)
        else:
            first = True
            for index in range(block.key_columns, len(cells)):
                value = visible(cells[index])
                if not value or value == "—":
                    continue
                if not first:
                    line.append(" · ")
                first = False
                line.append(f"{block.header[index]} ", style="dim")
                style = STATUS_STYLE[status] if index == block.status_column and status is not None else None
                line.append(value, style=style)
        console.print(Padding(line, (0, 0, 0, 3)))
    for note in block.footnotes:
        console.print(Text(visible(note), style="dim"))


def _md(cell: str) -> str:
    return visible(cell).replace("|", "\\|")


def to_markdown(blocks: list[Table | str]) -> str:
    """The same blocks as GitHub-flavoured Markdown: a heading and a pipe table per table."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            out += [visible_lines(block), ""]
            continue
        out += [f"### {visible(block.title)}", ""]
        out.append("| " + " | ".join(_md(h) for h in block.header) + " |")
        out.append("|" + "|".join("---:" if i in block.numeric else "---" for i in range(len(block.header))) + "|")
        out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in block.rows]
        out.append("")
        for note in block.footnotes:
            out += [f"- {visible(note)}"]
        if block.footnotes:
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _blocks(made: Table | list[Table | str]) -> list[Table | str]:
    return made if isinstance(made, list) else [made]


def text_renderer(
    make: Callable[[Any, RenderOptions], Table | list[Table | str]],
) -> Callable[[Any, RenderOptions], str]:
    """A view's text renderer from the function that makes its tables."""

    def render(result: Any, options: RenderOptions) -> str:
        return to_text(_blocks(make(result, options)), color=options.color, width=options.width)

    return render


def markdown_renderer(
    make: Callable[[Any, RenderOptions], Table | list[Table | str]],
) -> Callable[[Any, RenderOptions], str]:
    """A view's Markdown renderer from the same function: a leading line becomes the heading."""

    def render(result: Any, options: RenderOptions) -> str:
        blocks = _blocks(make(result, options))
        if blocks and isinstance(blocks[0], str):
            return f"## {blocks[0]}\n\n" + to_markdown(blocks[1:])
        return to_markdown(blocks)

    return render
