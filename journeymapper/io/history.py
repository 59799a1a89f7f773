"""Snapshots kept inside a .jmap file: compressed canonical map JSON with hash, parent and label."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from ..model import AnnotationKind, JourneyMap
from .codec import map_to_data
from .errors import Problem
from .messages import file_msg
from .validate import schema_message, shipped_schema

MAX_SNAPSHOT_BYTES = 100 * 1024 * 1024  # inflated size: refuses zip bombs
KEEP_RECENT_AUTOMATIC = 10
ENCODING = "zlib+base64"


class SnapshotKind(StrEnum):
    """Why a snapshot was taken; workshop and safety snapshots are automatic."""

    MANUAL = "manual"
    PUBLISHED = "published"
    WORKSHOP_START = "workshop_start"
    WORKSHOP_END = "workshop_end"
    SAFETY = "safety"  # taken just before a restore

    @property
    def automatic(self) -> bool:
        return self in (SnapshotKind.WORKSHOP_START, SnapshotKind.WORKSHOP_END, self.SAFETY)


@dataclass(frozen=True)
class Snapshot:
    """One stored version of the map; ``problem`` is set when it cannot be read back."""

    id: str
    time: str
    kind: SnapshotKind
    label: str = ""
    author: str = ""
    parent: str | None = None
    counts: Mapping[str, int] = field(default_factory=dict)
    sha256: str = ""
    data: str = ""
    problem: str = ""
    raw: Mapping[str, Any] | None = None  # a broken entry is written back exactly as read

    @property
    def kept(self) -> bool:
        """Labelled or deliberate snapshots are never thinned."""
        return bool(self.label) or not self.kind.automatic

    def payload(self) -> bytes:
        """The canonical map JSON, checked against its sha256; ValueError says what is wrong."""
        if self.problem:
            raise ValueError(self.problem)
        return inflate(self.data, self.sha256)

    def to_data(self) -> dict[str, Any]:
        if self.raw is not None:
            return dict(self.raw)
        return {
            "id": self.id,
            "parent": self.parent,
            "label": self.label,
            "kind": self.kind.value,
            "author": self.author,
            "time": self.time,
            "counts": dict(self.counts),
            "sha256": self.sha256,
            "encoding": ENCODING,
            "data": self.data,
        }


@dataclass(frozen=True)
class History:
    """The snapshots of one file, oldest first, and warnings about entries that are broken."""

    snapshots: tuple[Snapshot, ...] = ()
    warnings: tuple[Problem, ...] = ()

    def __len__(self) -> int:
        return len(self.snapshots)

    def newest(self) -> Snapshot | None:
        return self.snapshots[-1] if self.snapshots else None

    def by_id(self, snapshot_id: str) -> Snapshot | None:
        """The snapshot with exactly this id."""
        return next((s for s in self.snapshots if s.id == snapshot_id), None)

    def find(self, ref: str) -> Snapshot | None:
        """A snapshot by id, unique id prefix (4+ characters) or label (newest wins)."""
        exact = self.by_id(ref)
        if exact is not None:
            return exact
        labelled = [s for s in self.snapshots if s.label and s.label.casefold() == ref.casefold()]
        if labelled:
            return labelled[-1]
        prefixed = [s for s in self.snapshots if len(ref) >= 4 and s.id.startswith(ref)]
        return prefixed[0] if len(prefixed) == 1 else None

    def added(self, snapshot: Snapshot) -> History:
        """This history with ``snapshot`` appended and old automatic snapshots thinned."""
        return History(thin((*self.snapshots, snapshot)), self.warnings)

    def without(self, snapshot_id: str) -> History:
        """This history without one snapshot: its children point at its parent instead, and a
        warning about it (a damaged one) goes with it."""
        gone = self.by_id(snapshot_id)
        if gone is None:
            return self
        kept = tuple(
            replace(s, parent=gone.parent) if s.parent == gone.id and not s.problem else s
            for s in self.snapshots
            if s is not gone
        )
        index = self.snapshots.index(gone)
        warnings = []
        for problem in self.warnings:
            at = _history_index(problem.where)
            if at == index:
                continue
            if at is not None and at > index:
                problem = Problem(f"$.history[{at - 1}]", problem.message)
            warnings.append(problem)
        return History(kept, tuple(warnings))

    def to_data(self) -> list[dict[str, Any]]:
        return [s.to_data() for s in self.snapshots]


def _history_index(path: str) -> int | None:
    """N of a warning about ``$.history[N]`` (None for anything else)."""
    prefix = "$.history["
    if not path.startswith(prefix) or not path.endswith("]"):
        return None
    number = path[len(prefix) : -1]
    return int(number) if number.isdigit() else None


def canonical_json(journey: JourneyMap) -> bytes:
    """The map's data as compact UTF-8 JSON, the same bytes for the same map."""
    data = map_to_data(journey)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def deflate(payload: bytes) -> str:
    return base64.b64encode(zlib.compress(payload, 9)).decode("ascii")


def inflate(text: str, sha256: str) -> bytes:
    """Base64 → zlib → bytes, refusing oversized data and a sha256 that does not match."""
    try:
        packed = base64.b64decode(text.encode("ascii"), validate=True)
        inflater = zlib.decompressobj()
        payload = inflater.decompress(packed, MAX_SNAPSHOT_BYTES)
    except (binascii.Error, zlib.error, UnicodeEncodeError, ValueError):
        raise ValueError(file_msg("snapshot.damaged")) from None
    if inflater.unconsumed_tail:
        raise ValueError(file_msg("snapshot.too_large", f"{MAX_SNAPSHOT_BYTES:,}"))
    if not inflater.eof:
        raise ValueError(file_msg("snapshot.cut"))
    if hashlib.sha256(payload).hexdigest() != sha256:
        raise ValueError(file_msg("snapshot.checksum"))
    return payload


def map_counts(journey: JourneyMap) -> dict[str, int]:
    notes = journey.annotations()
    return {
        "stages": len(journey.stages()),
        "touchpoints": journey.touchpoint_count(),
        "personas": len(journey.personas()),
        "flows": len(journey.flows()),
        "pain_points": sum(a.kind is AnnotationKind.PAIN_POINT for a in notes),
        "opportunities": sum(a.kind is AnnotationKind.OPPORTUNITY for a in notes),
    }


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def take_snapshot(
    journey: JourneyMap,
    history: History,
    kind: SnapshotKind = SnapshotKind.MANUAL,
    label: str = "",
    author: str = "",
    time: str | None = None,
    new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
) -> History:
    """``history`` with a snapshot of the map's current state appended (and thinned)."""
    payload = canonical_json(journey)
    newest = history.newest()
    snap = Snapshot(
        id=new_id(),
        time=time or now_iso(),
        kind=kind,
        label=label.strip(),
        author=author or journey.author,
        parent=newest.id if newest else None,
        counts=map_counts(journey),
        sha256=hashlib.sha256(payload).hexdigest(),
        data=deflate(payload),
    )
    return history.added(snap)


def thin(snapshots: Iterable[Snapshot]) -> tuple[Snapshot, ...]:
    """Keep every labelled snapshot, the newest automatic ones, and one older one per day."""
    items = list(snapshots)
    automatic = [i for i, s in enumerate(items) if not s.kept and not s.problem]
    drop: set[int] = set()
    days: set[str] = set()
    for i in reversed(automatic[:-KEEP_RECENT_AUTOMATIC] if KEEP_RECENT_AUTOMATIC else automatic):
        day = items[i].time[:10]
        if day in days:
            drop.add(i)
        days.add(day)
    kept = [s for i, s in enumerate(items) if i not in drop]
    known = {s.id for s in kept}
    relinked = []
    parent: str | None = None
    for s in kept:  # a thinned snapshot's child points at the nearest older kept one
        if s.problem or s.parent in known or s.parent is None:
            relinked.append(s)
        else:
            relinked.append(replace(s, parent=parent))
        parent = s.id
    return tuple(relinked)


@cache
def _entry_validator() -> Any:
    import jsonschema_rs  # ~16 ms to load: only for a file that has snapshots

    definitions = shipped_schema()["$defs"]
    return jsonschema_rs.validator_for({"$ref": "#/$defs/snapshot", "$defs": definitions})


def _broken(raw: Any, index: int, message: str) -> tuple[Snapshot, Problem]:
    entry = raw if isinstance(raw, dict) else {}

    def text(name: str) -> str:
        value = entry.get(name)
        return value if isinstance(value, str) else ""

    kinds = {k.value for k in SnapshotKind}
    counts = entry.get("counts")
    snap = Snapshot(
        id=text("id") or f"broken-{index}",
        time=text("time"),
        kind=SnapshotKind(text("kind")) if text("kind") in kinds else SnapshotKind.MANUAL,
        label=text("label"),
        author=text("author"),
        counts={k: v for k, v in counts.items() if isinstance(v, int)}
        if isinstance(counts, dict)
        else {},
        problem=message,
        raw=raw if isinstance(raw, dict) else {"broken": raw},
    )
    return snap, Problem(f"$.history[{index}]", file_msg("snapshot.unreadable", message))


def history_from_data(raw: Any) -> History:
    """The history of a file; broken entries are kept as they are and reported as warnings."""
    if raw is None:
        return History()
    if not isinstance(raw, list):
        return History((), (Problem("$.history", file_msg("snapshot.not_list")),))
    snaps: list[Snapshot] = []
    warnings: list[Problem] = []
    for index, entry in enumerate(raw):
        error = next(iter(_entry_validator().iter_errors(entry)), None)
        if error is not None:
            where = ".".join(str(p) for p in error.instance_path)
            message = schema_message(error)
            if where:
                message = file_msg("snapshot.schema_in", message, where)
            snap, problem = _broken(entry, index, message)
        else:
            snap = Snapshot(
                id=entry["id"],
                time=entry["time"],
                kind=SnapshotKind(entry["kind"]),
                label=entry.get("label", ""),
                author=entry.get("author", ""),
                parent=entry.get("parent"),
                counts=dict(entry.get("counts", {})),
                sha256=entry["sha256"],
                data=entry["data"],
            )
            try:
                inflate(snap.data, snap.sha256)
                problem = None
            except ValueError as exc:
                snap, problem = _broken(entry, index, exc.args[0])  # the coded message
        snaps.append(snap)
        if problem is not None:
            warnings.append(problem)
    return History(tuple(snaps), tuple(warnings))
