"""A map as plain records per kind (the file format's fields), the form the compare works on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..io.codec import map_to_data
from ..model import JourneyMap

# In dependency order: a kind's references point only at kinds before it.
KINDS = ("persona", "stage", "lane", "touchpoint", "flow", "annotation", "view")
SETTINGS = ("title", "description", "language", "author", "locked", "emotion_scale", "voting")
_LISTS = {
    "persona": "personas", "stage": "stages", "lane": "lanes", "flow": "flows",
    "annotation": "annotations", "view": "views",
}  # fmt: skip

Record = dict[str, Any]


@dataclass
class Flat:
    """Records by kind and id (in map order), the map's settings, and the original map."""

    settings: dict[str, Any]
    records: dict[str, dict[str, Record]] = field(default_factory=dict)
    journey: JourneyMap | None = None
    _by_stage: dict[str, list[str]] | None = field(default=None, repr=False)

    def kind_of(self, entity_id: str) -> str | None:
        for kind in KINDS:
            if entity_id in self.records[kind]:
                return kind
        return None

    def name(self, kind: str, entity_id: str) -> str:
        record = self.records[kind].get(entity_id)
        if record is None:
            return entity_id
        return str(record.get("name") or record.get("text") or entity_id)

    def stage_tps(self, stage_id: str) -> list[str]:
        """Card ids of a stage in order (indexed once: call when the records are final)."""
        if self._by_stage is None:
            self._by_stage = {}
            for i, record in self.records["touchpoint"].items():
                self._by_stage.setdefault(record["stage"], []).append(i)
        return self._by_stage.get(stage_id, [])


def flatten_data(data: dict[str, Any], journey: JourneyMap | None = None) -> Flat:
    """Records from map data of the current format (as ``map_to_data`` writes it)."""
    flat = Flat({name: data.get(name) for name in SETTINGS}, {k: {} for k in KINDS}, journey)
    for kind, key in _LISTS.items():
        for item in data.get(key) or []:
            record = dict(item)
            record.pop("touchpoints", None)
            flat.records[kind][record["id"]] = record
    for stage in data.get("stages") or []:
        for tp in stage.get("touchpoints") or []:
            flat.records["touchpoint"][tp["id"]] = {**tp, "stage": stage["id"]}
    return flat


def flatten(journey: JourneyMap, curve: str = "as_is") -> Flat:
    """Records of a map; ``curve="to_be"`` reads its to-be emotions (as-is where none is set)."""
    flat = flatten_data(map_to_data(journey), journey)
    if curve == "to_be":
        for record in flat.records["touchpoint"].values():
            record["emotions"] = {
                p: {"as_is": e["to_be"] if e["to_be"] is not None else e["as_is"], "to_be": None}
                for p, e in record["emotions"].items()
            }
    return flat


def unflatten(flat: Flat) -> dict[str, Any]:
    """Map data again (the inverse of ``flatten_data`` for the fields the compare covers)."""
    data: dict[str, Any] = {name: flat.settings.get(name) for name in SETTINGS}
    for kind, key in _LISTS.items():
        data[key] = [dict(r) for r in flat.records[kind].values()]
    by_stage: dict[str, list[Record]] = {s["id"]: [] for s in data["stages"]}
    for record in flat.records["touchpoint"].values():
        tp = dict(record)
        by_stage[tp.pop("stage")].append(tp)
    for stage in data["stages"]:
        stage["touchpoints"] = by_stage[stage["id"]]
    return data
