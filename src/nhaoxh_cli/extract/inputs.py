"""From a file to plain text: read bounded, tell the type by content, decode.

The size is never taken from `stat` (a pipe or a device has none, and a
file may grow): at most `limit + 1` bytes are read, and one byte over the
limit refuses the file. The type is read from the bytes (`%PDF`, a zip
holding `word/document.xml`, `<html`) before the extension, so a PDF named
`.txt` is still read as a PDF. Text may be UTF-8 (with or without a BOM),
UTF-16 with a BOM, or Windows-1258 — the legacy Vietnamese code page,
whose tone marks are combining characters; everything is normalised to NFC
so that "Hòa" typed either way is one word.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import Path

from ..files import NotAFile, TooLarge, read_limited
from ..i18n import t
from ..values import frozen
from .messages import MESSAGES
from .result import Note

MIB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MIB


class ExtractError(Exception):
    """A problem the person running `extract` can fix (exit 2): the message says how."""

    def __init__(self, code: str, **values: str | int) -> None:
        self.note = Note.of(code, **values)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return t(MESSAGES[self.note.code], **dict(self.note.values))


@frozen
class Limits:
    """How much `extract` reads: the limit keeps a hostile input from exhausting the machine."""

    max_bytes: int = DEFAULT_MAX_BYTES


@frozen
class Source:
    """A document's text, with the type it was read as and what decoding it needed."""

    text: str
    input_type: str  # text, html, docx, pdf
    encoding: str


def read_path(path: Path, limits: Limits) -> bytes:
    """The document's bytes, never more than the limit (files.read_limited: a pipe nobody writes
    to reads as empty, a device is refused)."""
    try:
        return read_limited(path, limits.max_bytes)
    except TooLarge:
        raise ExtractError("too_large", file=str(path), limit=f"{limits.max_bytes:,}") from None
    except NotAFile:
        raise ExtractError("not_a_file", file=str(path)) from None
    except FileNotFoundError:
        raise ExtractError("no_such_file", file=str(path)) from None
    except IsADirectoryError:
        raise ExtractError("a_folder", file=str(path)) from None
    except PermissionError:
        raise ExtractError("not_allowed", file=str(path)) from None
    except OSError as error:
        raise ExtractError("unreadable", file=str(path), error=error.strerror or str(error)) from None


def sniff(data: bytes, name: str) -> str:
    """pdf, docx, html or text: the content decides; the extension only breaks a tie."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile as error:
            raise ExtractError("broken", file=name, kind="zip", error=str(error)) from None
        if "word/document.xml" in names:
            return "docx"
        raise ExtractError("unsupported", file=name, kind="zip")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ExtractError("unsupported", file=name, kind="Word 97-2003 (.doc)")
    lowered = head.lower().replace(b"\x00", b"")
    if b"<html" in lowered or b"<!doctype html" in lowered or name.lower().endswith((".html", ".htm")):
        return "html"
    return "text"


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was in; NFC, with \\n line ends."""
    text: str | None = None
    encoding = ""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text, encoding = data.decode(codec, errors="replace"), codec
            break
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            if b"\x00" in data[:4096]:
                raise ExtractError("not_text", file=name, why="it holds NUL bytes (a binary file?)") from None
            try:
                text, encoding = data.decode("cp1258"), "windows-1258"
            except UnicodeDecodeError:
                line = data[: error.start].count(b"\n") + 1
                why = f"byte {error.start} (line {line}) is not valid UTF-8"
                raise ExtractError("not_text", file=name, why=why) from None
    if "\x00" in text:
        if text.count("\x00") * 100 > len(text):
            raise ExtractError("not_text", file=name, why="it holds NUL characters (a binary file?)")
        text = text.replace("\x00", "")  # a stray NUL in otherwise good text
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text), encoding


def to_source(data: bytes, name: str) -> Source:
    """The document's text, whatever its type."""
    from . import formats

    kind = sniff(data, name)
    if kind == "pdf":
        return Source(formats.pdf_text(data, name), "pdf", "")
    if kind == "docx":
        return Source(formats.docx_text(data, name), "docx", "")
    text, encoding = decode(data, name)
    if kind == "html":
        return Source(formats.html_text(text), "html", encoding)
    return Source(text, "text", encoding)
