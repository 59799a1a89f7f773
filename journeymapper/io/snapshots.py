"""Snapshots read back as maps; a version named as ``MAP.jmap``, ``MAP.jmap@LABEL`` or ``@ID``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model import JourneyMap
from .errors import MapFileError
from .history import Snapshot
from .jmap import load_file, loads_map
from .messages import file_msg


def snapshot_name(snapshot: Snapshot) -> str:
    return snapshot.label or f"{snapshot.kind.value} {snapshot.time}"


def open_snapshot(snapshot: Snapshot, source: str) -> JourneyMap:
    """The map stored in a snapshot (migrated like a file); MapFileError if it is broken."""
    where = f"{source}@{snapshot.label or snapshot.id}"
    try:
        payload = snapshot.payload()
    except ValueError as exc:
        raise MapFileError(where, file_msg("snapshot.unreadable", exc.args[0])) from None
    return loads_map(payload, where)


@dataclass(frozen=True)
class Version:
    """One side of a compare: a map and how to name it to the user."""

    journey: JourneyMap
    name: str


def open_version(ref: str) -> Version:
    """A map file, an exported PNG, or ``FILE@LABEL`` / ``FILE@ID`` for a snapshot inside it."""
    path = Path(ref)
    if path.exists() or "@" not in ref:
        return Version(load_file(path).journey, ref)
    file_part, _at, snap_ref = ref.rpartition("@")
    loaded = load_file(file_part)
    if snap_ref.casefold() in ("", "current", "now"):
        return Version(loaded.journey, ref)
    snapshot = loaded.history.find(snap_ref)
    if snapshot is None:
        known = ", ".join(s.label or s.id[:8] for s in loaded.history.snapshots[-5:])
        message = (
            file_msg("snapshot.unknown", repr(snap_ref), known)
            if known
            else file_msg("snapshot.none", repr(snap_ref))
        )
        raise MapFileError(file_part, message)
    return Version(open_snapshot(snapshot, file_part), f"{file_part}@{snapshot_name(snapshot)}")
