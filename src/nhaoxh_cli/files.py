"""Writing files whole or not at all: what `--output`, `extract`, `new` and `import` write.

A file is written into an anonymous file in its folder (Linux's O_TMPFILE:
it has no name, so a kill at any moment leaves nothing behind), given a name
only when every byte is on disk, and renamed over the target in one step.
Where O_TMPFILE is missing, a named temporary file is used and removed on any
failure. Either way a failure — a full disk, an interrupt — leaves the
previous file untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Mapping
from pathlib import Path

from .i18n import N_


class OutputError(Exception):
    """The output could not be written. `template` (English, translated by the CLI) and `params`
    say why; `reason` and `errno` (when present) are the system's. `usage`: the person named a place
    nothing can be written to (a missing folder, a folder, a file as a folder): exit 2; otherwise
    the writing itself failed (a full disk): exit 1."""

    def __init__(self, template: str, params: Mapping[str, str] | None = None, *, usage: bool = False) -> None:
        self.template = template
        self.params: dict[str, int | float | str | None] = dict(params or {})
        self.usage = usage
        super().__init__(template.format(**self.params))

    @classmethod
    def system(cls, path: Path | str, error: OSError, *, usage: bool = False) -> OutputError:
        """`path` cannot be written for the system's reason `error`."""
        return cls(CANNOT_WRITE, {"path": str(path), **why(error)}, usage=usage)


#: The English templates (translated in the CLI's catalogue).
CANNOT_WRITE = N_("cannot write {path}: {reason}")
NOT_A_FOLDER = N_("cannot write {path}: {folder} is a file, not a folder")
NO_FOLDER = N_("cannot write {path}: the folder {folder} does not exist")
IS_A_FOLDER = N_("cannot write {path}: it is a folder")
CANNOT_MAKE_FOLDER = N_("cannot create the folder {folder}: {reason}")


def why(error: OSError) -> dict[str, str]:
    """The system's reason for `error`: its words (`reason`) and its errno name (`errno`, e.g.
    ENOSPC), by which a reader's language can word it."""
    name = errno.errorcode.get(error.errno or 0, "")
    return {"reason": error.strerror or str(error), "errno": name}


class TooLarge(Exception):
    """The input holds more than the limit: `size` is its size where the system knows it, else
    None (a pipe, read only up to one byte past the limit)."""

    def __init__(self, size: int | None) -> None:
        super().__init__(size)
        self.size = size


class NotAFile(Exception):
    """The input is a device or a socket: nothing a person means by a file (reading /dev/zero
    would never end)."""


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file or pipe at `path` (links followed), never more than `max_bytes`.

    A regular file larger than the limit is refused before reading (TooLarge with its size); a
    pipe is read up to one byte past the limit (TooLarge(None)); a pipe nobody writes to reads as
    empty rather than waiting (it is opened without blocking); a device or socket raises NotAFile.
    Other failures are the system's OSError."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
            raise NotAFile(str(path))
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise TooLarge(info.st_size)
        os.set_blocking(fd, True)  # a pipe with a writer: wait for what it writes
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:
            raise TooLarge(info.st_size if stat.S_ISREG(info.st_mode) else None)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _open_temp(folder: Path, name: str) -> tuple[int, Path | None]:
    """(fd, name): an anonymous file where the system has them, else a named one."""
    mode = 0o666 & ~_umask()
    tmpfile = getattr(os, "O_TMPFILE", 0)
    if tmpfile:
        try:
            return os.open(folder, tmpfile | os.O_WRONLY, mode), None
        except OSError:
            pass  # e.g. a file system without O_TMPFILE
    temp = folder / f".{name}.{secrets.token_hex(6)}.tmp"
    return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode), temp


def _link_anonymous(fd: int, name: Path) -> None:
    """Give an O_TMPFILE file a name (linkat with AT_SYMLINK_FOLLOW via /proc).

    CPython calls linkat, and so honours follow_symlinks, only when a dir_fd
    is given; a plain link() of /proc/self/fd/N fails with EXDEV.
    """
    folder = os.open(name.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.link(f"/proc/self/fd/{fd}", name.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def write_output(path: Path, text: str | bytes) -> None:
    """Write `--output` as a careful shell redirection would: a device, pipe or socket (or a link
    to one) is written to directly, never replaced; a link is followed and its target replaced
    whole in the target's folder; a regular file is replaced whole or not at all."""
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    try:
        info = os.stat(path)  # follows links
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputError.system(path, error, usage=True) from None
    if info is not None and (stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode) or stat.S_ISSOCK(info.st_mode)):
        _write_through(path, data)
        return
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    write_atomic(target, data)


def _write_through(path: Path, data: bytes) -> None:
    """Write to a device or pipe as it is (O_NONBLOCK on open only, so a FIFO without a reader
    does not hang the command at open)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY)
    except OSError as error:
        raise OutputError.system(path, error) from None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError as error:
        raise OutputError.system(path, error) from None
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str | bytes) -> None:
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise OutputError(NOT_A_FOLDER, {"path": str(path), "folder": str(folder)}, usage=True)
    if not folder.is_dir():
        raise OutputError(NO_FOLDER, {"path": str(path), "folder": str(folder)}, usage=True)
    if path.is_dir():
        raise OutputError(IS_A_FOLDER, {"path": str(path)}, usage=True)
    data = memoryview(text if isinstance(text, bytes) else text.encode("utf-8"))
    try:
        fd, temp = _open_temp(folder, path.name)
    except OSError as error:
        raise OutputError.system(path, error) from None
    try:
        try:
            with contextlib.suppress(OSError):
                os.fchmod(fd, path.stat().st_mode & 0o777)  # keep an existing file's permissions
            while data:
                data = data[os.write(fd, data) :]
            os.fsync(fd)
            if temp is None:  # name the anonymous file only now that it is complete
                temp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
                _link_anonymous(fd, temp)
            os.replace(temp, path)
            temp = None
        finally:
            os.close(fd)
    except OSError as error:
        raise OutputError.system(path, error) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def write_all(texts: Mapping[Path, str]) -> None:
    """Replace several files all together or not at all: each new text is first written whole beside
    its file (where a full disk or a refused folder stops everything, leaving every file as it
    was), then each is renamed over its file — a step that needs no space and does not fail in
    practice."""
    staged: list[tuple[Path, Path]] = []
    try:
        for path, text in texts.items():
            if path.is_dir():
                raise OutputError(IS_A_FOLDER, {"path": str(path)}, usage=True)
            temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.new")
            write_atomic(temp, text)
            staged.append((temp, path))
            with contextlib.suppress(OSError):
                os.chmod(temp, path.stat().st_mode & 0o777)  # keep an existing file's permissions
        for temp, path in staged:
            try:
                os.replace(temp, path)
            except OSError as error:
                raise OutputError.system(path, error) from None
        staged = []
    finally:
        for temp, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def create_new(path: Path, text: str, *, make_parents: bool = False) -> None:
    """Write a new file whole, never replacing one: the name is claimed with O_EXCL semantics
    (a link that fails when the name exists), so a file created meanwhile is never overwritten.
    Raises FileExistsError when the name is taken."""
    folder = path.parent
    if make_parents:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            raise OutputError(NOT_A_FOLDER, {"path": str(path), "folder": str(folder)}, usage=True) from None
        except OSError as error:
            raise OutputError(CANNOT_MAKE_FOLDER, {"folder": str(folder), **why(error)}, usage=True) from None
    if not folder.is_dir():
        raise OutputError(NOT_A_FOLDER, {"path": str(path), "folder": str(folder)}, usage=True)
    if path.is_symlink():  # a dangling link is a name taken: never written through
        raise FileExistsError(str(path))
    data = memoryview(text.encode("utf-8"))
    temp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 & ~_umask())
    except OSError as error:
        raise OutputError.system(path, error, usage=True) from None
    try:
        try:
            while data:
                data = data[os.write(fd, data) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.link(temp, path)  # fails with FileExistsError when the name is taken: never overwrites
    except FileExistsError:
        raise
    except OSError as error:
        raise OutputError.system(path, error) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
