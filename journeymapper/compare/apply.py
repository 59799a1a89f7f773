"""Replaying a change list on the old version: the proof that a diff says everything."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .changes import MapDiff
from .flat import KINDS, Flat, Record
from .translate import Translator


def report_of(diff: MapDiff) -> dict[str, Any]:
    """What a diff reports to rebuild the new version: changes, final orders, renamed ids."""
    return {
        "changes": [c.to_json() for c in diff.changes],
        "orders": diff.orders,
        "ids": Translator.of(diff.matching).ids,
    }


def apply_diff(old: Flat, diff: MapDiff) -> Flat:
    """The new version rebuilt from ``old`` and the reported changes only."""
    return apply_report(old, report_of(diff))


def _new_values(change: Mapping[str, Any]) -> dict[str, Any]:
    return {k: copy.deepcopy(v["new"]) for k, v in change.get("fields", {}).items()}


def apply_report(old: Flat, report: Mapping[str, Any]) -> Flat:
    """The new version rebuilt from ``old`` and a report as `diff --json` prints it
    (its ``changes``, ``orders`` and ``ids``; the words are not needed)."""
    tr = Translator(report.get("ids", {}))
    changes, orders = report["changes"], report.get("orders", {})
    removed = {(c["kind"], c["id"]) for c in changes if c["op"] == "removed"}
    settings = copy.deepcopy(old.settings)
    settings["voting"] = tr.voting(settings.get("voting"))
    records: dict[str, dict[str, Record]] = {}
    for kind in KINDS:
        records[kind] = {}
        for oid, record in old.records[kind].items():
            if (kind, oid) not in removed:
                moved = tr.record(kind, copy.deepcopy(record))
                records[kind][moved["id"]] = moved
    for change in changes:
        if change["kind"] == "map":
            settings.update(_new_values(change))
        elif change["op"] == "added" and change.get("record") is not None:
            records[change["kind"]][change["id"]] = copy.deepcopy(change["record"])
        elif change["op"] == "changed":
            records[change["kind"]][change["id"]].update(_new_values(change))
    for kind in KINDS:
        if kind in orders:
            records[kind] = {i: records[kind][i] for i in orders[kind]}
    tps = records["touchpoint"]
    ordered: dict[str, Record] = {}
    for stage in records["stage"]:
        ids = [i for i, r in tps.items() if r["stage"] == stage]
        for i in orders.get(f"touchpoint:{stage}", ids):
            ordered[i] = tps[i]
    records["touchpoint"] = ordered
    return Flat(settings, records)
