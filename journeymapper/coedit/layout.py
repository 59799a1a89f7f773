"""How a map lies in the CRDT document: records keyed by id, order as arrays of ids.

Every field of every entity is its own CRDT map entry holding the field's JSON text, so
concurrent edits of different fields merge and integers stay integers (CRDT numbers would
come back as floats). A lane's cells and a card's emotions are nested maps, one entry per
stage and per persona, so two people editing two cells (or two personas' points) keep both.
Stage, lane, persona and view order are arrays of ids; each stage has an array of its cards.
Flows and annotations have arrays too, but only in the order they were added (the model
cannot reorder them): ids are appended and removed, never moved.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Array, Doc, Map, get_update

from ..io.codec import entity_data, settings_data
from ..model import EntityKind, JourneyMap
from ..model.entities import Entity, Touchpoint
from ..model.map_store import KINDS

ENTITIES = "entities"
META = "meta"
CARDS = "cards"
ORDER = "order:"
LIST_KEY = "@list"
STAGE_KEY = "@stage"
ORDERED = ("personas", "lanes", "stages", "views")
SETS = ("flows", "annotations")
LISTS = (*ORDERED, "touchpoints", *SETS)
NESTED = {"lanes": "cells", "touchpoints": "emotions"}  # fields kept as a map of their own
META_FIELDS = (
    "title", "description", "language", "author", "locked", "emotion_scale", "voting", "crowd",
)  # fmt: skip
ROOTS = frozenset({ENTITIES, META, CARDS, *(ORDER + name for name in (*ORDERED, *SETS))})
LIST_OF: dict[EntityKind, str] = {
    EntityKind.PERSONA: "personas", EntityKind.LANE: "lanes", EntityKind.STAGE: "stages",
    EntityKind.VIEW: "views", EntityKind.TOUCHPOINT: "touchpoints", EntityKind.FLOW: "flows",
    EntityKind.ANNOTATION: "annotations",
}  # fmt: skip

JsonDict = dict[str, Any]


def dump(value: Any) -> str:
    """A field value as the JSON text stored in the document."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)


def plain(shared: Map[Any] | Array[Any]) -> Any:
    """A shared map or array as plain Python data (through the engine's own JSON: fast)."""
    return json.loads(str(shared))


def covers(doc: Doc[Any], update: bytes) -> bool:
    """Whether ``doc`` holds all ``update`` brings (no part waits for a change it builds on).

    What the document lacks of the update starts with the number of its clients with
    new items: a single zero byte when there are none (the deletions follow, always).
    """
    return get_update(update, doc.get_state())[:1] == b"\x00"


def entities(doc: Doc[Any]) -> Map[Any]:
    table: Map[Any] = doc.get(ENTITIES, type=Map)
    return table


def meta(doc: Doc[Any]) -> Map[Any]:
    board: Map[Any] = doc.get(META, type=Map)
    return board


def cards(doc: Doc[Any]) -> Map[Any]:
    per_stage: Map[Any] = doc.get(CARDS, type=Map)
    return per_stage


def order(doc: Doc[Any], name: str) -> Array[Any]:
    array: Array[Any] = doc.get(ORDER + name, type=Array)
    return array


@dataclass
class Dirty:
    """What changed since the last write: records, lists, stages' cards, map settings."""

    ids: set[str] = field(default_factory=set)
    lists: set[str] = field(default_factory=set)
    stages: set[str] = field(default_factory=set)
    meta: bool = False
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or self.meta or bool(self.ids or self.lists or self.stages)

    def taken(self) -> Dirty:
        """A copy of what is noted, leaving this one empty (observers keep writing into it)."""
        copy = Dirty(set(self.ids), set(self.lists), set(self.stages), self.meta, self.everything)
        self.clear()
        return copy

    def clear(self) -> None:
        """Empty it in place (observers hold its sets)."""
        self.ids.clear()
        self.lists.clear()
        self.stages.clear()
        self.meta = self.everything = False


def record_of(entity: Entity) -> JsonDict:
    """An entity as its record: file fields plus the list it is in (and a card's stage)."""
    kind = LIST_OF[KINDS[type(entity)]]
    record = {**entity_data(entity), LIST_KEY: kind}
    if isinstance(entity, Touchpoint):
        record[STAGE_KEY] = entity.stage_id
    return record


def texts_of(record: JsonDict) -> dict[str, Any]:
    """A record as the document holds it: JSON text per field, nested fields as dicts of texts."""
    nested = NESTED.get(record.get(LIST_KEY, ""))
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key == nested and isinstance(value, dict):
            out[key] = {k: dump(v) for k, v in value.items()}
        else:
            out[key] = dump(value)
    return out


def write_record(table: Map[Any], entity_id: str, record: JsonDict | None) -> None:
    """Bring one record to ``record`` (None: delete it), touching only the entries that differ."""
    entry = table.get(entity_id)
    if record is None:
        if entry is not None:
            del table[entity_id]
        return
    texts = texts_of(record)
    if not isinstance(entry, Map):
        table[entity_id] = Map({k: Map(v) if isinstance(v, dict) else v for k, v in texts.items()})
        return
    for key, text in texts.items():
        now = entry.get(key)
        if isinstance(text, dict):
            if isinstance(now, Map):
                _sync_map(now, text)
            else:
                entry[key] = Map(text)
        elif now != text:
            entry[key] = text
    for key in list(entry.keys()):
        if key not in texts:
            del entry[key]


def _sync_map(target: Map[Any], texts: dict[str, str]) -> None:
    for key, text in texts.items():
        if target.get(key) != text:
            target[key] = text
    for key in list(target.keys()):
        if key not in texts:
            del target[key]


def write(doc: Doc[Any], journey: JourneyMap, dirty: Dirty) -> None:
    """Put what ``dirty`` names of ``journey`` into the document, as one transaction."""
    table = entities(doc)
    with doc.transaction():
        if dirty.everything or dirty.meta:
            board = meta(doc)
            for name, value in meta_of(journey).items():
                text = dump(value)
                if board.get(name) != text:
                    board[name] = text
        if dirty.everything:
            ids: Iterable[str] = set(table.keys()) | _all_ids(journey)
            lists: Iterable[str] = (*ORDERED, *SETS)
            stages: Iterable[str] = set(cards(doc).keys()) | {s.id for s in journey.stages()}
        else:
            ids, lists, stages = dirty.ids, dirty.lists, dirty.stages
        for entity_id in sorted(ids):
            entity = journey.find(entity_id)
            write_record(table, entity_id, None if entity is None else record_of(entity))
        for name in lists:
            if name in ORDERED:
                sync_array(order(doc, name), [e.id for e in getattr(journey, name)()])
            elif name in SETS:
                sync_set(order(doc, name), [e.id for e in getattr(journey, name)()])
        per_stage = cards(doc)
        for stage_id in sorted(stages):
            array = per_stage.get(stage_id)
            if journey.kind_of(stage_id) is not EntityKind.STAGE:
                if array is not None:
                    del per_stage[stage_id]
                continue
            wanted = [tp.id for tp in journey.touchpoints(stage_id)]
            if not isinstance(array, Array):
                per_stage[stage_id] = array = Array()
            sync_array(array, wanted)


def _all_ids(journey: JourneyMap) -> set[str]:
    return {e.id for name in LISTS for e in getattr(journey, name)()}


def meta_of(journey: JourneyMap) -> JsonDict:
    """The map-level values, each one CRDT entry (voting and crowd may be absent: None, {})."""
    data = settings_data(journey)
    out = {name: data.get(name) for name in META_FIELDS}
    out["crowd"] = data.get("crowd") or {}
    return out


def sync_array(array: Array[Any], target: list[str]) -> None:
    """Edit ``array`` into ``target`` with few operations, so concurrent edits still merge.

    Unknown and repeated ids go, the longest run already in target order stays put, and
    only the other ids are taken out and inserted where they belong.
    """
    current = [str(x) for x in plain(array)]
    if current == target:
        return
    wanted = {t: i for i, t in enumerate(target)}
    seen: set[str] = set()
    doomed: list[int] = []
    for i, item in enumerate(current):
        if item not in wanted or item in seen:
            doomed.append(i)
        seen.add(item)
    gone = set(doomed)
    kept = [i for i in range(len(current)) if i not in gone]
    stay = set(_longest_increasing([wanted[current[i]] for i in kept]))
    doomed += [i for n, i in enumerate(kept) if n not in stay]
    for i in sorted(doomed, reverse=True):
        del array[i]
    remaining = [str(x) for x in plain(array)]  # in target order: a subsequence of it
    j = 0
    run: list[str] = []
    for i, item in enumerate(target):
        if j < len(remaining) and remaining[j] == item:
            if run:
                insert_run(array, i - len(run), run)
                run = []
            j += 1
        else:
            run.append(item)
    if run:
        insert_run(array, len(target) - len(run), run)


def insert_run(array: Array[Any], index: int, items: list[str]) -> None:
    """Insert ``items`` at ``index`` in linear time (the engine finds each index by walking
    the array, and its own extend inserts one index further each time: quadratic)."""
    for item in reversed(items):
        array.insert(index, item)


def sync_set(array: Array[Any], target: list[str]) -> None:
    """Take unknown and repeated ids out of ``array``, append the missing ones; move nothing."""
    current = [str(x) for x in plain(array)]
    wanted = set(target)
    first = {item: i for i, item in reversed(list(enumerate(current)))}
    for i in range(len(current) - 1, -1, -1):
        if current[i] not in wanted or first[current[i]] != i:
            del array[i]
    seen = set(current) & wanted
    missing = [t for t in target if t not in seen]
    if missing:
        insert_run(array, len(array), missing)


def _longest_increasing(values: list[int]) -> list[int]:
    """Positions of one longest strictly increasing subsequence of ``values``."""
    tails: list[int] = []
    tail_at: list[int] = []
    before = [-1] * len(values)
    for i, value in enumerate(values):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[k] = value
            tail_at[k] = i
        before[i] = tail_at[k - 1] if k else -1
    out: list[int] = []
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        out.append(i)
        i = before[i]
    return out[::-1]
