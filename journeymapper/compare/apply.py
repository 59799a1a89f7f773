"""Replaying a change list on the old version: the proof that a diff says everything."""

from __future__ import annotations

import copy

from .changes import MapDiff
from .flat import KINDS, Flat, Record
from .translate import Translator


def apply_diff(old: Flat, diff: MapDiff) -> Flat:
    """The new version rebuilt from ``old`` and the reported changes only."""
    tr = Translator(diff.matching)
    removed = {(c.kind, c.id) for c in diff.changes if c.op == "removed"}
    settings = copy.deepcopy(old.settings)
    settings["voting"] = tr.voting(settings.get("voting"))
    records: dict[str, dict[str, Record]] = {}
    for kind in KINDS:
        records[kind] = {}
        for oid, record in old.records[kind].items():
            if (kind, oid) not in removed:
                moved = tr.record(kind, copy.deepcopy(record))
                records[kind][moved["id"]] = moved
    for change in diff.changes:
        if change.kind == "map":
            settings.update({k: copy.deepcopy(v[1]) for k, v in change.fields.items()})
        elif change.op == "added" and change.record is not None:
            records[change.kind][change.id] = copy.deepcopy(change.record)
        elif change.op == "changed":
            target = records[change.kind][change.id]
            target.update({k: copy.deepcopy(v[1]) for k, v in change.fields.items()})
    for kind in KINDS:
        if kind in diff.orders:
            records[kind] = {i: records[kind][i] for i in diff.orders[kind]}
    tps = records["touchpoint"]
    ordered: dict[str, Record] = {}
    for stage in records["stage"]:
        ids = [i for i, r in tps.items() if r["stage"] == stage]
        for i in diff.orders.get(f"touchpoint:{stage}", ids):
            ordered[i] = tps[i]
    records["touchpoint"] = ordered
    return Flat(settings, records)
