"""Which version of a file the editor holds: device, inode, size, mtime and a hash of its bytes.

Taken when a map is opened and each time it is saved, it tells whether the file on disk is
still the one the editor knows (another program or window may have replaced or removed it).
An atomic save makes a new inode, so even two saves within one clock tick are told apart; a
file whose status changed but whose bytes did not (``touch``, a copy of itself) is the same.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..model import JourneyMap
from .atomic import write_atomic
from .history import History
from .jmap import MAX_FILE_BYTES, MapFile, dumps_map, loads_file, read_bytes


@dataclass(frozen=True)
class FileIdentity:
    """One version of a file."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, info: os.stat_result, data: bytes) -> FileIdentity:
        """The identity of ``data`` as written to the file whose status is ``info``."""
        digest = hashlib.sha256(data).hexdigest()
        return cls(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, digest)

    def same_status(self, info: os.stat_result) -> bool:
        status = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
        return status == (self.device, self.inode, self.size, self.mtime_ns)

    def same_content(self, other: FileIdentity | None) -> bool:
        return other is not None and other.digest == self.digest


def identify(
    path: str | os.PathLike[str], known: FileIdentity | None = None
) -> FileIdentity | None:
    """The identity of the file at ``path`` now, None if it is gone (deleted or moved away).

    When its status still matches ``known`` the file is not read again.
    """
    try:
        info = os.stat(path)
        if known is not None and known.same_status(info):
            return known
        if info.st_size > MAX_FILE_BYTES:
            return FileIdentity(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, "")
        return FileIdentity.of(info, Path(path).read_bytes())
    except (FileNotFoundError, NotADirectoryError):
        return None


def load_tracked(path: Path) -> tuple[JourneyMap, FileIdentity]:
    """A map and the identity of the bytes it was read from (MapFileError if unreadable)."""
    loaded, identity = load_tracked_file(path)
    return loaded.journey, identity


def load_tracked_file(path: Path) -> tuple[MapFile, FileIdentity]:
    """A map with its file's snapshots, and the identity of the bytes it was read from."""
    info = os.stat(path) if path.exists() else None
    data = read_bytes(path)
    loaded = loads_file(data, str(path))
    if info is None:  # created between the two calls: take its status now
        info = os.stat(path)
    return loaded, FileIdentity.of(info, data)


def save_tracked(journey: JourneyMap, path: Path, history: History | None = None) -> FileIdentity:
    """Save atomically (through a symlink, refusing a read-only file); the new identity."""
    data = dumps_map(journey, history)
    return FileIdentity.of(write_atomic(path, data), data)
