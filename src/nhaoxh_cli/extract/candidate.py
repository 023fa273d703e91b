"""A figure as the recognisers see it, before the draft decides where it goes.

A `Candidate` holds what the words around a figure said: its kind (or the
reason it is held back), its years, its qualifier, and who it is about — a
province, the whole country, an area inside the province, or nobody named
(to be resolved against the document's province). `place.py` turns
candidates into placed figures or "seen but not placed" entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..domain import Stage
from .result import Kind, Note, Qualifier, When

NATIONAL = "vietnam"
AREA = "area"
UNNAMED = ""  # no province named: the document's
ANAPHOR = "anaphor"  # "tỉnh", "thành phố": the last province named


@dataclass
class Candidate:
    written: str  # "4.979 căn"
    units: int | None
    line: int
    quote: str
    kind: Kind | None = None
    hold: Note | None = None  # a reason never to place it (difference, milestone, cut off, …)
    when: When | None = None
    when_unresolved: str = ""  # "năm nay" when the document's date is unknown
    as_of: str | None = None  # a count "đến tháng 3/2026"
    qualifier: Qualifier = Qualifier.EXACT
    stage: Stage | None = None
    subject: str = UNNAMED  # a current unit's slug, NATIONAL, AREA, UNNAMED
    former: str | None = None  # the former unit a name meant (Nam Định)
    share: Decimal | None = None
    of_units: int | None = None  # "3.364/3.400 căn": 3.400
    single_project: bool = False
    section: str = ""  # the document's section, "II.1.2"
    position: tuple[int, int, int] = (0, 0, 0)  # (block, sentence, token) for ordering and grouping
    fields: dict[str, Any] = field(default_factory=dict)  # fields a construction already knows (share, of, label)
    notes: list[Note] = field(default_factory=list)
    unit_word: str = "căn"

    @property
    def written_units(self) -> str:
        """The number as written, without its unit: "4.979", "3.364" of "3.364/3.400 căn"."""
        number = self.written.split()[0].split("/")[0] if self.written else ""
        if "," in number and self.units is not None and number.replace(",", "").isdigit():
            return f"{self.units:,}".replace(",", ".")  # a table's "69,700" is the plan's "69.700"
        return number

    def become_total(self) -> None:
        """Read as the total the source states (its parts follow "trong đó"): no stage, no stage guessed,
        never one project's."""
        self.kind, self.stage, self.single_project = Kind.STATED_TOTAL, None, False
        self.notes = [n for n in self.notes if n.code != "stage_guess"]

    @property
    def key(self) -> tuple[int | None, Kind | None]:
        return (self.units, self.kind)
