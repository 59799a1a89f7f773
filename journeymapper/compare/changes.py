"""The change list between two versions of a map: entities added, removed, changed and moved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import JourneyMap
from .flat import KINDS, SETTINGS, Flat, Record, flatten
from .matching import Matching, match
from .translate import Translator


@dataclass(frozen=True)
class Change:
    """One entity that differs. ``fields`` holds ``[old, new]`` per changed field.

    ``op`` is ``added``, ``removed`` or ``changed``; ``record`` is the whole new record of an
    added entity (the old one of a removed entity). ``stage`` is where it sits, for grouping.
    """

    kind: str
    op: str
    id: str
    name: str
    stage: str | None = None
    old_id: str | None = None
    fields: dict[str, list[Any]] = field(default_factory=dict)
    record: Record | None = None

    @property
    def moved(self) -> bool:
        return "stage" in self.fields

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "op": self.op, "id": self.id, "name": self.name}
        if self.old_id is not None and self.old_id != self.id:
            out["old_id"] = self.old_id
        if self.stage is not None:
            out["stage"] = self.stage
        if self.fields:
            out["fields"] = {k: {"old": v[0], "new": v[1]} for k, v in self.fields.items()}
        if self.record is not None:
            out["record"] = self.record
        return out


@dataclass
class MapDiff:
    """Everything that differs between ``old`` and ``new`` (ids are the new version's)."""

    old: Flat
    new: Flat
    matching: Matching
    changes: list[Change] = field(default_factory=list)
    # final order of ids where it is not "old order, minus removed, plus added at the end"
    orders: dict[str, list[str]] = field(default_factory=dict)
    reordered: list[str] = field(default_factory=list)  # "stage", "lane", "touchpoint:<stage>"

    @property
    def empty(self) -> bool:
        return not self.changes and not self.orders

    def of(self, kind: str, op: str | None = None) -> list[Change]:
        return [c for c in self.changes if c.kind == kind and (op is None or c.op == op)]


def _stage_of(kind: str, record: Record, flat: Flat) -> str | None:
    if kind == "stage":
        return str(record["id"])
    if kind == "touchpoint":
        return str(record["stage"])
    if kind == "annotation":
        target = record["target"]
        tp = flat.records["touchpoint"].get(target)
        return str(tp["stage"]) if tp else target
    if kind == "flow":
        tp = flat.records["touchpoint"].get(record["source"])
        return str(tp["stage"]) if tp else None
    return None


def _label(kind: str, record: Record) -> str:
    return str(record.get("name") or record.get("text") or record.get("id"))


def _relative_order_changed(old_ids: list[str], new_ids: list[str]) -> bool:
    common = set(old_ids) & set(new_ids)
    return [i for i in old_ids if i in common] != [i for i in new_ids if i in common]


def _orders(diff: MapDiff, translated: dict[str, list[str]]) -> None:
    """Record final orders that the additions and removals alone do not explain."""
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for kind in KINDS:
        if kind != "touchpoint":
            groups[kind] = (translated[kind], list(diff.new.records[kind]))
    by_stage_old: dict[str, list[str]] = {}
    old_tps = diff.old.records["touchpoint"]
    old_ids = dict(zip(old_tps, translated["touchpoint"], strict=True))
    for oid, record in old_tps.items():
        stage = str(diff.matching.old_to_new("stage").get(record["stage"], record["stage"]))
        by_stage_old.setdefault(stage, []).append(old_ids[oid])
    by_stage_new: dict[str, list[str]] = {}
    for nid, record in diff.new.records["touchpoint"].items():
        by_stage_new.setdefault(record["stage"], []).append(nid)
    for stage, ids in by_stage_new.items():
        groups[f"touchpoint:{stage}"] = (by_stage_old.get(stage, []), ids)
    added = {c.id for c in diff.changes if c.op == "added"}
    for key, (before, after) in groups.items():
        now = set(after)
        kept = [i for i in before if i in now]
        expected = kept + [i for i in after if i in added]  # a card moved in is never implied
        if expected != after:
            diff.orders[key] = after
        if _relative_order_changed(before, after):
            diff.reordered.append(key)


def compare(old_map: JourneyMap | Flat, new_map: JourneyMap | Flat) -> MapDiff:
    """What changed from ``old_map`` to ``new_map``: ids first, then names and places."""
    old = old_map if isinstance(old_map, Flat) else flatten(old_map)
    new = new_map if isinstance(new_map, Flat) else flatten(new_map)
    matching = match(old, new)
    diff = MapDiff(old, new, matching)
    tr = Translator.of(matching)
    settings_changed: dict[str, list[Any]] = {}
    for name in SETTINGS:
        before = tr.voting(old.settings.get(name)) if name == "voting" else old.settings.get(name)
        if before != new.settings.get(name):
            settings_changed[name] = [old.settings.get(name), new.settings.get(name)]
    if settings_changed:
        title = str(new.settings.get("title"))
        diff.changes.append(Change("map", "changed", "", title, fields=settings_changed))
    translated: dict[str, list[str]] = {}
    for kind in KINDS:
        old_to_new = matching.old_to_new(kind)
        translated[kind] = [old_to_new.get(oid, oid) for oid in old.records[kind]]
        for nid, record in new.records[kind].items():
            oid = matching.new_to_old[kind].get(nid)
            stage = _stage_of(kind, record, new)
            if oid is None:
                diff.changes.append(Change(kind, "added", nid, _label(kind, record), stage,
                                           record=record))  # fmt: skip
                continue
            before = tr.record(kind, old.records[kind][oid])
            if before == record:  # most records: nothing to look at field by field
                continue
            fields = {k: [before.get(k), v] for k, v in record.items() if before.get(k) != v}
            fields.update({k: [v, None] for k, v in before.items() if k not in record})
            if fields:
                diff.changes.append(
                    Change(kind, "changed", nid, _label(kind, record), stage, oid, fields)
                )
        for oid, record in old.records[kind].items():
            if oid not in old_to_new:
                stage = _stage_of(kind, record, old)
                stage = matching.old_to_new("stage").get(stage or "", stage)
                diff.changes.append(
                    Change(kind, "removed", oid, _label(kind, record), stage, oid, record=record)
                )
    _orders(diff, translated)
    return diff
