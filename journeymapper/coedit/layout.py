"""How a map lies in the CRDT document: records keyed by id, order as arrays of ids.

Every field of every entity is its own CRDT map entry holding the field's JSON text, so
concurrent edits of different fields merge and integers stay integers (CRDT numbers would
come back as floats). Stage, lane, persona and view order are arrays of ids; each stage has
an array of its cards. Flows and annotations have arrays too, but only in the order they were
added (the model cannot reorder them): ids are appended and removed, never moved.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from pycrdt import Array, Doc, Map

ENTITIES = "entities"
META = "meta"
CARDS = "cards"
LIST_KEY = "@list"
STAGE_KEY = "@stage"
ORDERED = ("personas", "lanes", "stages", "views")
SETS = ("flows", "annotations")
LISTS = (*ORDERED, "touchpoints", "flows", "annotations")
META_FIELDS = (
    "title", "description", "language", "author", "locked", "emotion_scale", "voting", "crowd",
)  # fmt: skip

JsonDict = dict[str, Any]


def dump(value: Any) -> str:
    """A field value as the JSON text stored in the document."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)


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
    array: Array[Any] = doc.get("order:" + name, type=Array)
    return array


def sync_array(array: Array[Any], target: list[str]) -> None:
    """Edit ``array`` into ``target`` with few operations, so concurrent edits still merge.

    Unknown and repeated ids go, the longest run already in target order stays put, and
    only the other ids are taken out and inserted where they belong.
    """
    current = [str(x) for x in array.to_py() or []]
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
    remaining = [str(x) for x in array.to_py() or []]
    for i, item in enumerate(target):
        if i >= len(remaining) or remaining[i] != item:
            array.insert(i, item)
            remaining.insert(i, item)


def sync_set(array: Array[Any], target: list[str]) -> None:
    """Take unknown and repeated ids out of ``array``, append the missing ones; move nothing."""
    current = [str(x) for x in array.to_py() or []]
    wanted = set(target)
    first = {item: i for i, item in reversed(list(enumerate(current)))}
    for i in range(len(current) - 1, -1, -1):
        if current[i] not in wanted or first[current[i]] != i:
            del array[i]
    seen = set(current) & wanted
    missing = [t for t in target if t not in seen]
    if missing:
        array.extend(missing)


def _longest_increasing(values: list[int]) -> list[int]:
    """Positions of one longest strictly increasing subsequence of ``values``."""
    import bisect

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


def records(
    data: JsonDict,
) -> tuple[dict[str, JsonDict], dict[str, list[str]], dict[str, list[str]]]:
    """From map data (the .jmap shape): record per id, the ordered lists, cards per stage."""
    found: dict[str, JsonDict] = {}
    lists: dict[str, list[str]] = {name: [] for name in (*ORDERED, *SETS)}
    stage_cards: dict[str, list[str]] = {}
    for name in ("personas", "lanes", "views", "flows", "annotations"):
        for item in data.get(name) or []:
            found[item["id"]] = {**item, LIST_KEY: name}
            if name in lists:
                lists[name].append(item["id"])
    for stage in data.get("stages") or []:
        record = {k: v for k, v in stage.items() if k != "touchpoints"}
        found[stage["id"]] = {**record, LIST_KEY: "stages"}
        lists["stages"].append(stage["id"])
        stage_cards[stage["id"]] = []
        for tp in stage.get("touchpoints") or []:
            found[tp["id"]] = {**tp, LIST_KEY: "touchpoints", STAGE_KEY: stage["id"]}
            stage_cards[stage["id"]].append(tp["id"])
    return found, lists, stage_cards


def meta_of(data: JsonDict) -> JsonDict:
    """The map-level values, each one CRDT entry (voting and crowd may be absent: None, {})."""
    out = {name: data.get(name) for name in META_FIELDS}
    out["crowd"] = data.get("crowd") or {}
    return out


def write(doc: Doc[Any], data: JsonDict, ids: Iterable[str] | None) -> None:
    """Bring the document in line with the map data: ``ids`` (None: all) plus order and meta."""
    found, lists, stage_cards = records(data)
    table = entities(doc)
    with doc.transaction():
        board = meta(doc)
        now = board.to_py() or {}
        for name, value in meta_of(data).items():
            text = dump(value)
            if now.get(name) != text:
                board[name] = text
        stored = table.to_py() or {}
        targets = set(found) | set(stored) if ids is None else set(ids)
        for entity_id in sorted(targets):
            record = found.get(entity_id)
            texts = None if record is None else {k: dump(v) for k, v in record.items()}
            if texts != stored.get(entity_id):
                _write_record(table, entity_id, texts)
        for name, wanted in lists.items():
            (sync_set if name in SETS else sync_array)(order(doc, name), wanted)
        per_stage = cards(doc)
        for stage_id in list(per_stage.keys()):
            if stage_id not in stage_cards and stage_id not in found:
                del per_stage[stage_id]
        for stage_id, wanted in stage_cards.items():
            array = per_stage.get(stage_id)
            if array is None:
                per_stage[stage_id] = Array(wanted)
            elif isinstance(array, Array):
                sync_array(array, wanted)


def _write_record(table: Map[Any], entity_id: str, texts: dict[str, str] | None) -> None:
    entry = table.get(entity_id)
    if texts is None:
        if entry is not None:
            del table[entity_id]
        return
    if not isinstance(entry, Map):
        table[entity_id] = Map(texts)
        return
    for key, text in texts.items():
        if entry.get(key) != text:
            entry[key] = text
    for key in list(entry.keys()):
        if key not in texts:
            del entry[key]
