"""Writing results: to standard output, or to `--output` (nhaoxh_cli.files.write_output).

Standard output:
- a reader that has gone (`nhaoxh report | head -1`): quiet, exit 0, as Unix tools do;
- closed (`>&-`) or full (`> /dev/full`): one line on stderr, exit 1;
- a stream that cannot show Vietnamese (`PYTHONIOENCODING=ascii`, some Windows consoles): the
  output is written in ASCII — diacritics dropped, lines and bars drawn with ASCII characters —
  with a one-line note on stderr saying so and how to get Vietnamese. Never a traceback.
"""

from __future__ import annotations

import codecs
import os
import sys
import unicodedata
from pathlib import Path

from ..files import OutputError, why, write_atomic, write_output
from ..i18n import N_, t

STDOUT_CLOSED = N_("standard output is closed: nothing can be written (give --output FILE)")
STDOUT_FAILED = N_("cannot write to standard output: {reason}")
NOT_TEXT = N_("a spreadsheet is not text: give --output FILE.xlsx")

__all__ = ["OutputError", "emit", "write_atomic", "write_stdout"]

#: What stands for a character an ASCII stream cannot show.
_ASCII = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "—": "-",
        "–": "-",
        "−": "-",
        "…": "...",
        "≥": ">=",
        "≤": "<=",
        "·": ".",
        "█": "#",
        "→": "->",
        "×": "x",
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "\ufeff": "",
        **{c: "-" for c in "━─═╌┄"},
        **{c: "|" for c in "┃│║"},
        **{c: "+" for c in "┏┓┗┛┡┩┢┪┳┻╇╈╋┣┫┠┨┯┷┼└┘┌┐├┤┬┴"},
    }
)


def ascii_text(text: str) -> str:
    """Vietnamese and box drawing in plain ASCII: "Hải Phòng — 15.540" → "Hai Phong - 15.540"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_ASCII))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.encode("ascii", "replace").decode("ascii")


def _encodable(text: str, encoding: str | None) -> bool:
    try:
        text.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def write_stdout(text: str) -> None:
    stream = sys.stdout
    if stream is None:
        raise OutputError(STDOUT_CLOSED)
    encoding = getattr(stream, "encoding", None)
    if not _encodable(text, encoding):
        name = codecs.lookup(encoding).name if encoding else "?"
        note = t(
            "standard output cannot show Vietnamese (encoding {name}); writing ASCII. "
            "Set PYTHONIOENCODING=utf-8 to see it all.",
            name=name,
        )
        line = t("note: {note}", note=note) + "\n"
        sys.stderr.write(line if _encodable(line, getattr(sys.stderr, "encoding", None)) else ascii_text(line))
        text = ascii_text(text)
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        # The reader has gone (e.g. `| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except OSError as error:
        raise OutputError(STDOUT_FAILED, why(error)) from None
    except (ValueError, AttributeError):
        raise OutputError(STDOUT_CLOSED) from None


def emit(text: str | bytes, output: Path | None) -> None:
    if output is None:
        if isinstance(text, bytes):
            raise OutputError(NOT_TEXT, usage=True)
        write_stdout(text)
    else:
        write_output(output, text)
