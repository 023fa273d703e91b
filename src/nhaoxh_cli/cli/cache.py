"""Repeated runs: a command's output replayed when nothing it reads has changed.

An analyst runs `nhaoxh forecast haiphong` again and again; most of its time
is spent before the first figure is read — building the plan models, the
command's options, the tables. So a read-only command (forecast, validate,
report, list, provinces, show, explain, schema) keeps what it printed and
its exit code, keyed by everything the output can depend on:

- the command line, the working folder and the environment (language,
  `NO_COLOR`, `$NHAOXH_PLANS_DIR`, terminal variables ...), whether standard
  output and error are terminals and the terminal's size, and today's date
  (`--as-of` defaults to it);
- every file it may read, by its metadata as `git status` does (size,
  modification and change times in nanoseconds, inode): each path on the
  command line that exists (a folder: each plan file in it, as nhaoxh reads
  a folder — so an editor's swap file beside a plan changes nothing), the
  plans folders it may fall back on, nhaoxh's own code and data, and each
  `sys.path` folder (a package installed or upgraded changes its times);
- the Python that runs it and the nhaoxh version.

A run is replayed only when all of that is the same. Nothing is kept when a
path given is not a regular file or folder (a pipe, /dev/stdin), when a file
read changed during the run or less than a second before it (a later edit
within the same clock tick could not be told apart — git's "racy clean"
rule), when the command writes a file (`--output`), asks for help or a
traceback (`--debug`), or ends with an exit code other than 0 or 1.

`NHAOXH_NO_CACHE=1` turns it off; `NHAOXH_CACHE_DIR` moves it (default
`$XDG_CACHE_HOME/nhaoxh`, else `~/.cache/nhaoxh`). Entries are a few
kilobytes; the oldest are removed beyond 256. The module uses only the
standard library, so a replay imports nothing else.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

#: Commands whose output depends only on their inputs and which write no file.
CACHED_COMMANDS = frozenset({"forecast", "validate", "report", "list", "provinces", "show", "explain", "schema"})
#: Global options taking a value, placed before the command.
_GLOBAL_WITH_VALUE = frozenset({"--lang"})
#: Variables a shell changes between two identical runs; nothing nhaoxh uses reads them.
_VOLATILE_ENV = frozenset({"OLDPWD", "PWD", "SHLVL", "_", "HISTCMD", "TERM_SESSION_ID", "WINDOWID"})
_MAGIC = b"NHXC1"
MAX_ENTRIES = 256
RACY_NS = 1_000_000_000
PACKAGE = Path(__file__).resolve().parent.parent


class NotCacheable(Exception):
    """An input the cache cannot see through (a pipe, a device)."""


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """$NHAOXH_CACHE_DIR, else $XDG_CACHE_HOME/nhaoxh, else ~/.cache/nhaoxh; None when that is
    not an absolute path (no home folder: no cache, rather than a folder named ~ wherever one stands)."""
    chosen = environ.get("NHAOXH_CACHE_DIR")
    if chosen:
        folder = Path(chosen)
    else:
        xdg = environ.get("XDG_CACHE_HOME", "")
        base = xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache")
        folder = Path(base) / "nhaoxh"
    return folder if folder.is_absolute() else None


def command_of(args: list[str]) -> str | None:
    """The command word: the first argument that is not a global option (or its value)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _GLOBAL_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def cacheable(args: list[str], environ: Mapping[str, str] = os.environ) -> bool:
    if environ.get("NHAOXH_NO_CACHE", "") not in ("", "0") or environ.get("NHAOXH_DEBUG"):
        return False
    if any(name.startswith("_NHAOXH") for name in environ):  # shell completion
        return False
    if command_of(args) not in CACHED_COMMANDS:
        return False
    for arg in args:
        if arg in ("--help", "-h", "--debug", "--output") or arg.startswith("--output="):
            return False
        if arg.startswith("-o") and not arg.startswith("--"):
            return False
    return True


class _Fingerprint:
    """Metadata of every input, and the newest change time seen."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.newest_ns = 0

    def stat(self, path: str, *, entry_of_folder: bool = False, folder_times: bool = False) -> os.stat_result | None:
        """Note a path's metadata; a folder's times only with `folder_times` (its entries are noted
        one by one, so a swap file or a compiled cache written beside the plans changes nothing)."""
        try:
            link = os.lstat(path)
        except OSError as error:
            self.parts.append(f"{path}\0missing {error.errno}")
            return None
        try:
            st = os.stat(path) if link.st_mode & 0o170000 == 0o120000 else link
        except OSError as error:  # a dangling link
            self.parts.append(f"{path}\0{_meta(link)}\0dangling {error.errno}")
            self._seen(link)
            return None
        kind = st.st_mode & 0o170000
        if kind not in (0o100000, 0o040000):  # neither a regular file nor a folder
            if entry_of_folder:  # never read: a pipe or device in a folder is refused unread (NX001)
                self.parts.append(f"{path}\0other {kind}")
                return None
            raise NotCacheable(path)
        if kind == 0o040000 and not folder_times:
            self.parts.append(f"{path}\0folder {link.st_mode:o} {st.st_ino} {st.st_dev}")
            return st
        self.parts.append(f"{path}\0{_meta(link)}\0{_meta(st)}")
        self._seen(link)
        self._seen(st)
        return st

    def path(self, path: str) -> None:
        """A file, or a folder and each of the plan files in it: what nhaoxh reads from a folder
        (loader.plans.plan_files: *.yaml and *.yml, not hidden)."""
        st = self.stat(path)
        if st is not None and st.st_mode & 0o170000 == 0o040000:
            try:
                names = sorted(os.listdir(path))
            except OSError as error:
                self.parts.append(f"{path}\0unlistable {error.errno}")
                return
            for name in names:
                if name.endswith((".yaml", ".yml")) and not name.startswith("."):
                    self.stat(os.path.join(path, name), entry_of_folder=True)

    def tree(self, folder: Path) -> None:
        """nhaoxh's own code and data, every file below `folder` (compiled caches aside)."""
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                self.stat(os.path.join(root, name), entry_of_folder=True)

    def _seen(self, st: os.stat_result) -> None:
        self.newest_ns = max(self.newest_ns, st.st_mtime_ns, st.st_ctime_ns)


def _meta(st: os.stat_result) -> str:
    return f"{st.st_mode:o} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns} {st.st_ino} {st.st_dev}"


def _argument_paths(args: list[str]) -> Iterator[str]:
    for arg in args:
        yield arg
        if arg.startswith("-") and "=" in arg:
            yield arg.split("=", 1)[1]


def _inputs(args: list[str], environ: Mapping[str, str]) -> _Fingerprint:
    found = _Fingerprint()
    for arg in _argument_paths(args):
        if arg and os.path.lexists(arg):
            found.path(arg)
    plans_env = environ.get("NHAOXH_PLANS_DIR")
    repo_data = PACKAGE.parent.parent / "data"  # an editable install reads the repository's data
    for folder in (plans_env, "data/plans", str(repo_data), str(repo_data / "plans")):
        if folder:
            found.path(folder)
    found.tree(PACKAGE)
    for entry in sys.path:  # a folder's times change when a package is installed, upgraded or removed
        if entry:
            found.stat(entry, entry_of_folder=True, folder_times=True)
    return found


def _terminal(stream: object) -> str:
    try:
        fileno = stream.fileno()  # type: ignore[attr-defined]
        if not os.isatty(fileno):
            return "-"
        size = os.get_terminal_size(fileno)
        return f"tty {size.columns}x{size.lines}"
    except (AttributeError, OSError, ValueError):
        return "?"


def _key(args: list[str], environ: Mapping[str, str], inputs: _Fingerprint) -> str:
    from .. import __version__

    digest = hashlib.sha256()
    env = sorted((k, v) for k, v in environ.items() if k not in _VOLATILE_ENV)
    for part in (
        __version__,
        sys.version,
        sys.executable,
        os.getcwd(),
        time.strftime("%Y-%m-%d"),
        _terminal(sys.stdout),
        _terminal(sys.stderr),
        str(getattr(sys.stdout, "encoding", "")),
        repr(args),
        repr(env),
        *inputs.parts,
    ):
        digest.update(part.encode("utf-8", "surrogateescape"))
        digest.update(b"\0\1")
    return digest.hexdigest()


Chunk = tuple[int, str]  # (1 standard output | 2 standard error, text), in the order written


class Memo:
    """One run's place in the cache: replay it, or record it."""

    def __init__(self, args: list[str], environ: Mapping[str, str] = os.environ) -> None:
        self.args = list(args)
        self.environ = environ
        self.started_ns = time.time_ns()
        self.inputs = _inputs(self.args, environ)
        self.key = _key(self.args, environ, self.inputs)
        folder = cache_dir(environ)
        if folder is None:
            raise NotCacheable("no absolute cache folder")
        self.folder = folder
        self.file = folder / self.key[:40]

    def replay(self) -> tuple[int, list[Chunk]] | None:
        """(exit code, what was written) of an earlier identical run, or None."""
        try:
            data = self.file.read_bytes()
        except OSError:
            return None
        return _decode(data, self.key)

    def keep(self, code: int, chunks: list[Chunk]) -> bool:
        """Store the run if nothing it read changed during it or just before it; False when not kept."""
        if code not in (0, 1) or self.inputs.newest_ns > self.started_ns - RACY_NS:
            return False
        try:
            again = _inputs(self.args, self.environ)
        except NotCacheable:
            return False
        if again.parts != self.inputs.parts:
            return False
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            temp = self.folder / f".{self.file.name}.{os.getpid()}.tmp"
            temp.write_bytes(_encode(code, chunks, self.key))
            os.replace(temp, self.file)
            _prune(self.folder)
        except OSError:
            return False  # a read-only or full cache folder: run without it
        return True


def _encode(code: int, chunks: list[Chunk], key: str) -> bytes:
    parts = [b"%s %s %d %d\n" % (_MAGIC, key.encode(), code, len(chunks))]
    for stream, text in chunks:
        data = text.encode("utf-8", "surrogateescape")
        parts.append(b"%d %d\n" % (stream, len(data)))
        parts.append(data)
    return b"".join(parts)


def _decode(data: bytes, key: str) -> tuple[int, list[Chunk]] | None:
    """The entry's exit code and chunks; None for a truncated or foreign file (then the command runs)."""
    try:
        header, at = _line(data, 0)
        magic, stored_key, code, count = header.split(b" ")
        if magic != _MAGIC or stored_key != key.encode() or int(code) not in (0, 1):
            return None
        chunks: list[Chunk] = []
        for _ in range(int(count)):
            line, at = _line(data, at)
            stream, size = (int(f) for f in line.split(b" "))
            if stream not in (1, 2) or size < 0 or at + size > len(data):
                return None
            chunks.append((stream, data[at : at + size].decode("utf-8", "surrogateescape")))
            at += size
    except ValueError:
        return None
    return (int(code), chunks) if at == len(data) else None


def _line(data: bytes, at: int) -> tuple[bytes, int]:
    end = data.index(b"\n", at)  # ValueError when missing
    return data[at:end], end + 1


def _prune(folder: Path) -> None:
    entries = [e for e in os.scandir(folder) if e.is_file() and not e.name.startswith(".")]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda e: e.stat().st_mtime_ns)
    for entry in entries[: len(entries) - MAX_ENTRIES * 3 // 4]:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


class Tee:
    """A text stream that passes everything on and notes it, in order, in a shared list."""

    def __init__(self, stream: object, number: int, chunks: list[Chunk]) -> None:
        self.stream = stream
        self._number = number
        self._chunks = chunks
        self.failed = False

    def write(self, text: str) -> int:
        self._chunks.append((self._number, text))
        try:
            return self.stream.write(text)  # type: ignore[attr-defined, no-any-return]
        except BaseException:
            self.failed = True
            raise

    def writelines(self, lines: list[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> object:
        return getattr(self.stream, name)


def memo_for(args: list[str]) -> Memo | None:
    """The cache entry of this run, when the run may use the cache."""
    if not cacheable(args):
        return None
    try:
        return Memo(args)
    except (NotCacheable, OSError):
        return None
