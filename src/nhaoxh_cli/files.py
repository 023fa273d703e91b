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
import os
import secrets
import stat
from pathlib import Path


class OutputError(Exception):
    """The output could not be written; the message says why. `usage`: the person named a place
    nothing can be written to (a missing folder, a folder, a file as a folder): exit 2; otherwise
    the writing itself failed (a full disk): exit 1."""

    def __init__(self, message: str, *, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


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
        raise OutputError(f"cannot write {path}: {error.strerror or error}", usage=True) from None
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
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str | bytes) -> None:
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"cannot write {path}: {folder} is a file, not a folder", usage=True)
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: the folder {folder} does not exist", usage=True)
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder", usage=True)
    data = memoryview(text if isinstance(text, bytes) else text.encode("utf-8"))
    try:
        fd, temp = _open_temp(folder, path.name)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
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
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        if temp is not None:
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
            raise OutputError(f"cannot write {path}: {folder} is a file, not a folder", usage=True) from None
        except OSError as error:
            raise OutputError(f"cannot create the folder {folder}: {error.strerror or error}", usage=True) from None
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: {folder} is not a folder", usage=True)
    if path.is_symlink():  # a dangling link is a name taken: never written through
        raise FileExistsError(str(path))
    data = memoryview(text.encode("utf-8"))
    temp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666 & ~_umask())
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}", usage=True) from None
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
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
