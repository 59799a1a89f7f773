"""Crash recovery files: autosaved copies of unsaved maps in the user's data folder (no Qt).

Each running editor session owns one ``RecoverySlot``: ``<name>.jmap`` (the map in the
normal file format) plus ``<name>.json`` (which file it belongs to, which process wrote it,
when). A slot whose process is gone is an orphan; the next start offers to restore it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

from ..model import JourneyMap
from .atomic import write_atomic
from .history import History
from .jmap import MapFile, dumps_map, load_file, load_map

APP_NAME = "journeymapper"


def recovery_dir() -> Path:
    """The folder recovery files live in (created on first write)."""
    return Path(user_data_dir(APP_NAME)) / "recovery"


@dataclass(frozen=True)
class RecoveryFile:
    """An autosaved map left behind by a session, and what it belonged to."""

    map_path: Path
    info_path: Path
    source: Path | None
    title: str
    saved_at: float
    pid: int

    def load(self) -> JourneyMap:
        """The autosaved map (MapFileError if the copy itself is damaged)."""
        return load_map(self.map_path)

    def load_file(self) -> MapFile:
        """The autosaved map with the snapshots of its file."""
        return load_file(self.map_path)

    def discard(self) -> None:
        """Remove both files of this recovery copy."""
        for path in (self.map_path, self.info_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


class RecoverySlot:
    """The recovery file of one editor session; written on autosave, removed on clean save."""

    def __init__(self, directory: Path | None = None, pid: int | None = None) -> None:
        self.directory = directory if directory is not None else recovery_dir()
        self.pid = os.getpid() if pid is None else pid
        name = f"session-{self.pid}-{uuid.uuid4().hex[:8]}"
        self.map_path = self.directory / f"{name}.jmap"
        self.info_path = self.directory / f"{name}.json"

    def write(
        self, journey: JourneyMap, source: Path | None, history: History | None = None
    ) -> None:
        """Write the map (and its snapshots) atomically, then its description; OSError on disk
        problems."""
        self.directory.mkdir(parents=True, exist_ok=True)
        write_atomic(self.map_path, dumps_map(journey, history))
        info = {
            "source": str(source) if source is not None else None,
            "title": journey.title,
            "saved_at": time.time(),
            "pid": self.pid,
        }
        write_atomic(self.info_path, json.dumps(info, ensure_ascii=False).encode("utf-8"))

    def exists(self) -> bool:
        return self.map_path.exists()

    def discard(self) -> None:
        """Remove the recovery copy (after a clean save or close)."""
        for path in (self.info_path, self.map_path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def pid_alive(pid: int) -> bool:
    """Whether a process with this id still runs (best effort, never raises)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _read_info(info_path: Path) -> RecoveryFile | None:
    map_path = info_path.with_suffix(".jmap")
    try:
        info = json.loads(info_path.read_text(encoding="utf-8"))
        source = info.get("source")
        return RecoveryFile(
            map_path=map_path,
            info_path=info_path,
            source=Path(source) if isinstance(source, str) else None,
            title=str(info.get("title", "")),
            saved_at=float(info.get("saved_at", 0.0)),
            pid=int(info.get("pid", 0)),
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def find_orphans(directory: Path | None = None) -> list[RecoveryFile]:
    """Recovery copies whose session is gone, newest first."""
    folder = directory if directory is not None else recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for info_path in folder.glob("session-*.json"):
        item = _read_info(info_path)
        if item is None or not item.map_path.exists():
            continue
        if item.pid != os.getpid() and pid_alive(item.pid):
            continue
        found.append(item)
    return sorted(found, key=lambda item: item.saved_at, reverse=True)
