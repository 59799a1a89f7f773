"""The document back to map data, then checked like a file: broken entities stay out.

Reading is total and deterministic, so every peer that holds the same document reads the same
map: references left dangling by concurrent deletes are pruned, and whatever still fails the
file's checks (a forged record, a wrong type, an oversized text) is refused and logged.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from pycrdt import Doc

from ..io.codec import FORMAT, FORMAT_VERSION, Parts
from ..io.errors import MapFileError
from ..io.jmap import parse_data
from .layout import (
    LIST_KEY,
    META_FIELDS,
    ORDERED,
    STAGE_KEY,
    JsonDict,
    cards,
    entities,
    meta,
    order,
    records,
)

log = logging.getLogger(__name__)

MAX_ROUNDS = 6
_ENTITY_PATH = re.compile(
    r"^\$\.(personas|lanes|stages|flows|annotations|views)\[(\d+)\](?:\.touchpoints\[(\d+)\])?"
)


def _decoded(entry: Any) -> JsonDict | None:
    if not isinstance(entry, dict):
        return None
    out: JsonDict = {}
    for key, text in entry.items():
        if not isinstance(text, str):
            return None
        try:
            out[key] = json.loads(text)
        except ValueError:
            return None
    return out


def _ids(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    return list(dict.fromkeys(x for x in items if isinstance(x, str)))


def raw_data(doc: Doc[Any], refused: set[str], known: dict[str, JsonDict]) -> JsonDict:
    """The document as .jmap-shaped data, in document order.

    An unreadable record is refused: the entity keeps the version in ``known`` (if any).
    """
    groups: dict[str, dict[str, JsonDict]] = {}
    for entity_id, entry in (entities(doc).to_py() or {}).items():
        record = _decoded(entry)
        name = record.get(LIST_KEY) if record else None
        if record is None or record.get("id") != entity_id or not isinstance(name, str):
            refused.add(entity_id)
            record = known.pop(entity_id, None)
            if record is None:
                continue
            name = record[LIST_KEY]
        groups.setdefault(name, {})[entity_id] = record
    data: JsonDict = {"format": FORMAT, "format_version": FORMAT_VERSION}
    board = meta(doc).to_py() or {}
    for name in META_FIELDS:
        text = board.get(name)
        try:
            data[name] = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            data[name] = None
    if not data.get("crowd"):
        data.pop("crowd", None)
    for name in (*ORDERED, "flows", "annotations"):
        group = groups.get(name, {})
        ranked = [i for i in _ids(order(doc, name).to_py()) if i in group]
        ranked += sorted(set(group) - set(ranked))
        data[name] = [_clean(group[i]) for i in ranked]
    by_stage: dict[str, list[str]] = {}
    for tp_id, record in sorted(groups.get("touchpoints", {}).items()):
        by_stage.setdefault(str(record.get(STAGE_KEY)), []).append(tp_id)
    per_stage = cards(doc).to_py() or {}
    touchpoints = groups.get("touchpoints", {})
    for stage in data["stages"]:
        mine = by_stage.pop(stage["id"], [])
        ranked = [i for i in _ids(per_stage.get(stage["id"])) if i in mine]
        ranked += [i for i in mine if i not in set(ranked)]
        stage["touchpoints"] = [_clean(touchpoints[i]) for i in ranked]
    return data


def _clean(record: JsonDict) -> JsonDict:
    return {k: v for k, v in record.items() if k not in (LIST_KEY, STAGE_KEY)}


def prune(data: JsonDict) -> None:
    """Drop references a concurrent delete left dangling (as the model's own delete would)."""
    stages = {s["id"] for s in data["stages"] if isinstance(s, dict)}
    personas = {p.get("id") for p in data["personas"] if isinstance(p, dict)}
    lanes = {lane.get("id") for lane in data["lanes"] if isinstance(lane, dict)}
    tps = {t.get("id") for s in data["stages"] for t in s["touchpoints"] if isinstance(t, dict)}
    for stage in data["stages"]:
        for tp in stage["touchpoints"]:
            if isinstance(tp, dict) and isinstance(tp.get("emotions"), dict):
                tp["emotions"] = {k: v for k, v in tp["emotions"].items() if k in personas}
    for lane in data["lanes"]:
        if isinstance(lane, dict) and isinstance(lane.get("cells"), dict):
            lane["cells"] = {k: v for k, v in lane["cells"].items() if k in stages}
    for view in data["views"]:
        for key, known in (("personas", personas), ("lanes", lanes), ("stages", stages)):
            if isinstance(view, dict) and isinstance(view.get(key), list):
                view[key] = [r for r in view[key] if r in known]
    data["flows"] = [
        f for f in data["flows"]
        if not isinstance(f, dict) or (f.get("source") in tps and f.get("target") in tps | {None})
    ]  # fmt: skip
    pairs: set[tuple[Any, Any]] = set()
    kept = []
    for flow in data["flows"]:
        pair = (flow.get("source"), flow.get("target")) if isinstance(flow, dict) else None
        if pair is not None and pair[1] is not None and pair in pairs:
            continue
        if pair is not None:
            pairs.add(pair)
        kept.append(flow)
    data["flows"] = kept
    targets = tps | stages
    data["annotations"] = [
        a for a in data["annotations"] if not isinstance(a, dict) or a.get("target") in targets
    ]
    if isinstance(data.get("crowd"), dict):
        data["crowd"] = {k: v for k, v in data["crowd"].items() if k in stages}
    if not data.get("crowd"):
        data.pop("crowd", None)


def _entity_key(where: str) -> tuple[str, int, int] | None:
    """Which entity a problem's path lies in (list, index, card index or -1); None: map-wide."""
    match = _ENTITY_PATH.match(where)
    if match is None:
        return None
    card = match.group(3)
    return match.group(1), int(match.group(2)), -1 if card is None else int(card)


def _drop(
    data: JsonDict, keys: set[tuple[str, int, int]], refused: set[str], known: dict[str, JsonDict]
) -> None:
    """Refuse the entities problems lie in: back to the version the map had, or out if new.

    Goes from the back so indexes stay right; an entity refused twice goes out for good.
    """
    for name, i, j in sorted(keys, reverse=True):
        if name == "stages" and j >= 0:
            if (name, i, -1) in keys:
                continue
            items = data["stages"][i]["touchpoints"]
            index = j
        else:
            items, index = data[name], i
        if index >= len(items):
            continue
        gone = items[index]
        entity_id = str(gone.get("id")) if isinstance(gone, dict) else "?"
        before = known.pop(entity_id, None)
        if before is None:
            items.pop(index)
        elif name == "stages" and j < 0:
            items[index] = {**_clean(before), "touchpoints": gone.get("touchpoints", [])}
        else:
            items[index] = _clean(before)
        refused.add(entity_id)


def checked(doc: Doc[Any], fallback: JsonDict) -> tuple[Parts, set[str]]:
    """The document's map, validated like a file, and the ids refused on the way.

    Map-wide values that fail (title, scale, voting, crowd) fall back to ``fallback``'s (the
    last accepted map); if even that fails the document cannot be read and MapFileError tells.
    """
    refused: set[str] = set()
    known = records(fallback)[0]
    data = raw_data(doc, refused, known)
    prune(data)
    reverted = False
    for _round in range(MAX_ROUNDS):
        try:
            parts = parse_data(json.dumps(data, allow_nan=False).encode(), "shared map")
        except MapFileError as error:
            keys = {_entity_key(p.where) for p in error.problems}
            wide = [p for p in error.problems if _entity_key(p.where) is None]
            _drop(data, {k for k in keys if k is not None}, refused, known)
            if wide:
                if reverted:
                    raise
                reverted = True
                log.warning("co-editing: map settings refused: %s", "; ".join(map(str, wide)))
                for name in META_FIELDS:
                    data[name] = fallback.get(name)
                if not data.get("crowd"):
                    data.pop("crowd", None)
            prune(data)
            continue
        if refused:
            log.warning("co-editing: refused %d invalid record(s): %s", len(refused),
                        ", ".join(sorted(refused)[:10]))  # fmt: skip
        return parts, refused
    raise MapFileError("shared map", "could not be read after refusing its broken records")
