"""Atomic file writes: temp file in the same folder, fsync, then replace (or link) the target.

Every file JourneyMapper writes goes through ``write_atomic``: a reader sees the old file or
the whole new one. A symbolic link is written through (the link stays a link), a read-only
target is refused, ``exclusive`` refuses an existing target without a check-then-write race,
SIGTERM and SIGHUP during a write remove the temporary file, and temporary files of ours left
over by a crash more than a day ago are removed from the folder being written to.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from .messages import file_msg

TEMP_SUFFIX = ".journeymapper.tmp"
STALE_SECONDS = 24 * 60 * 60
CLEANUP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)

# what earlier versions left behind: ``.NAME.XXXXXXXX.tmp`` beside a file of ours
_LEGACY_TEMP = re.compile(
    r"\..+\.(?:jmap|json|pdf|png|svg|pptx|csv|xlsx|mmd|html)\.[a-z0-9_]{8}\.tmp", re.IGNORECASE
)

_pending: set[str] = set()  # temporary files being written right now


def _named(exc: OSError, target: Path) -> OSError:
    """The same error, naming the user's file instead of our temporary one."""
    return type(exc)(exc.errno, exc.strerror, str(target))


def real_target(path: str | os.PathLike[str]) -> Path:
    """Where writing ``path`` really goes: the final target of a symbolic link, else ``path``."""
    target = Path(path)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def check_writable(path: str | os.PathLike[str]) -> None:
    """PermissionError if ``path`` exists and is read-only (also for root, by its mode bits)."""
    target = real_target(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        return
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, file_msg("os.is_folder"), str(path))
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, file_msg("os.read_only_file"), str(path))


def remove_stale_temps(folder: Path, now: float | None = None) -> int:
    """Delete our temporary files in ``folder`` older than a day; returns how many."""
    limit = (time.time() if now is None else now) - STALE_SECONDS
    removed = 0
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            ours = name.startswith(".") and name.endswith(TEMP_SUFFIX)
            if not (ours or _LEGACY_TEMP.fullmatch(name)):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if info.st_mtime >= limit:
                    continue
                if stat.S_ISREG(info.st_mode):
                    os.unlink(entry.path)
                    removed += 1
                elif stat.S_ISDIR(info.st_mode) and ours:  # a staging folder (staged_export)
                    shutil.rmtree(entry.path)
                    removed += 1
    return removed


def _cleanup_and_die(signum: int, _frame: FrameType | None) -> None:
    """SIGTERM/SIGHUP while writing: remove our temporary files, then die of the signal."""
    for name in list(_pending):
        with contextlib.suppress(OSError):
            os.unlink(name)
    _pending.clear()
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)


@contextlib.contextmanager
def _signals_clean_up() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP remove our temporary files before dying.

    Only a signal left at its default action is taken over (a program's own handler wins),
    and only on the main thread, where Python runs signal handlers.
    """
    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for number in CLEANUP_SIGNALS:
            with contextlib.suppress(OSError, ValueError):
                if signal.getsignal(number) is signal.SIG_DFL:
                    previous[number] = signal.signal(number, _cleanup_and_die)
    try:
        yield
    finally:
        for number, handler in previous.items():
            with contextlib.suppress(OSError, ValueError):
                signal.signal(number, handler)


def link_new(temp_name: str | os.PathLike[str], target: Path) -> None:
    """Give a finished temporary file the target's name only if no such name exists yet.

    FileExistsError when ``target`` exists; the temporary file is then left to the caller.
    """
    try:
        os.link(temp_name, target)
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, file_msg("os.exists"), str(target)) from None
    except OSError as exc:  # a file system without hard links: reserve the name, then replace
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise _named(exc, target) from None
        try:
            os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            raise FileExistsError(errno.EEXIST, file_msg("os.exists"), str(target)) from None
        os.replace(temp_name, target)
        return
    os.unlink(temp_name)


@contextlib.contextmanager
def staging_folder(target: Path) -> Iterator[Path]:
    """A hidden folder beside ``target`` to write into before ``link_new``; removed after."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, file_msg("os.no_folder"), str(target))
    try:
        staging = tempfile.mkdtemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise _named(exc, target) from None
    try:
        yield Path(staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(
    path: str | os.PathLike[str], data: bytes, *, exclusive: bool = False
) -> os.stat_result:
    """Write ``data`` to ``path`` so readers see either the old file or the whole new one.

    With ``exclusive`` an existing ``path`` (even a dangling link) is never replaced: two
    writers racing for one new name cannot both succeed. Returns the written file's status
    (its inode, size and modification time identify this version of the file).

    Raises OSError (read-only target, permission denied, no space left, missing folder,
    FileExistsError when ``exclusive``); the old file is then untouched and no temporary
    file is left behind.
    """
    target = Path(path) if exclusive else real_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, file_msg("os.no_folder"), str(path))
    if exclusive:
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, file_msg("os.exists"), str(path))
    else:
        check_writable(target)
    remove_stale_temps(folder)
    with _signals_clean_up():
        try:
            fd, temp_name = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=folder
            )
        except OSError as exc:
            raise _named(exc, Path(path)) from None
        _pending.add(temp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
                mode = _new_file_mode()
                if not exclusive and target.exists():
                    with contextlib.suppress(OSError):
                        mode = target.stat().st_mode & 0o777
                os.chmod(temp_name, mode)
                written = os.fstat(handle.fileno())
            if exclusive:
                link_new(temp_name, target)
            else:
                os.replace(temp_name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise
        finally:
            _pending.discard(temp_name)
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return written
