"""Records out of the document, checked like a file: the changed ones only, never the whole map.

A record is decoded from its JSON texts, then the changed records (with what they refer to
named as known ids) go through the file's own checks (``parse_data``: JSON tree, schema,
rules). What fails is refused and logged; the caller keeps the last good version.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Map

from ..io.codec import FORMAT, FORMAT_VERSION, Parts
from ..io.errors import MapFileError
from ..io.jmap import parse_data
from ..io.validate import KnownIds
from .layout import LIST_KEY, LISTS, META_FIELDS, NESTED, STAGE_KEY, JsonDict, plain

log = logging.getLogger(__name__)

SOURCE = "shared map"
MAX_ROUNDS = 6
WIDE_SCALE = {"min": -1000, "max": 1000}  # the schema's bounds: any scale a map may have
_ENTITY_PATH = re.compile(
    r"^\$\.(personas|lanes|stages|flows|annotations|views)\[(\d+)\](?:\.touchpoints\[(\d+)\])?"
)


def decode(entity_id: str, entry: Any) -> JsonDict | None:
    """A record from its document entry (a Map or its ``to_py``); None if it is no record.

    No record: not a map of JSON texts, an id that is not its key, an unknown list, a card
    without a stage.
    """
    if isinstance(entry, Map):
        try:
            entry = plain(entry)
        except ValueError:  # a value JSON cannot show (bytes)
            return None
    if not isinstance(entry, dict):
        return None
    record: JsonDict = {}
    try:
        nested = NESTED.get(json.loads(entry.get(LIST_KEY, "null")))
        for key, text in entry.items():
            if key == nested and isinstance(text, dict):
                record[key] = {k: _loads(v) for k, v in text.items()}
            else:
                record[key] = _loads(text)
    except (ValueError, TypeError):
        return None
    if record.get("id") != entity_id or record.get(LIST_KEY) not in LISTS:
        return None
    if record[LIST_KEY] == "touchpoints" and not isinstance(record.get(STAGE_KEY), str):
        return None
    return record


_SCALARS: dict[str, Any] = {}  # short texts most records share ("", false, null, "other")
_MISS = object()


def _loads(text: Any) -> Any:
    if not isinstance(text, str):
        raise TypeError("not a JSON text")
    value = _SCALARS.get(text, _MISS)
    if value is not _MISS:
        return value
    value = json.loads(text)
    if len(text) <= 24 and (value is None or isinstance(value, str | int | float | bool)):
        if len(_SCALARS) >= 4096:
            _SCALARS.clear()
        _SCALARS[text] = value
    return value


def decode_meta(texts: Any) -> JsonDict | None:
    """The map-wide values from the meta map's texts; None if one is not JSON."""
    if not isinstance(texts, dict):
        return None
    out: JsonDict = {}
    for name in META_FIELDS:
        text = texts.get(name)
        try:
            out[name] = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            return None
    return out


def clean(record: JsonDict) -> JsonDict:
    """The record's file fields (without the list and stage it lies in)."""
    return {k: v for k, v in record.items() if k not in (LIST_KEY, STAGE_KEY)}


@dataclass
class Checked:
    """What the file checks made of some records: entities accepted, ids refused, why."""

    parts: Parts | None
    refused: dict[str, str] = field(default_factory=dict)
    wide: list[str] = field(default_factory=list)  # problems of the map-wide values


def check(records: Iterable[JsonDict], settings: JsonDict, known: KnownIds) -> Checked:
    """Check ``records`` and ``settings`` (title, scale, voting...) as a file would be checked.

    ``known`` names every id the records may refer to. Refused records are left out and the
    rest checked again (a refusal may not hide another problem); when the settings fail,
    ``wide`` says why and nothing is accepted.
    """
    pending = list(records)
    result = Checked(None)
    for _round in range(MAX_ROUNDS):
        data, where = _document(pending, settings)
        try:
            result.parts = parse_data(json.dumps(data, allow_nan=False).encode(), SOURCE, known)
        except MapFileError as error:
            bad: set[str] = set()
            for problem in error.problems:
                key = _entity_key(problem.where)
                entity_id = None if key is None else where.get(key)
                if key is None:
                    result.wide.append(str(problem))
                elif entity_id is not None:
                    bad.add(entity_id)
                    result.refused.setdefault(entity_id, str(problem))
            if result.wide or not bad:
                return result
            pending = [r for r in pending if r["id"] not in bad]
            continue
        return result
    return result


def _document(
    records: list[JsonDict], settings: JsonDict
) -> tuple[JsonDict, dict[tuple[str, int, int], str]]:
    """A .jmap document holding ``records`` (cards inside their stage, or a stand-in for it)."""
    data: JsonDict = {"format": FORMAT, "format_version": FORMAT_VERSION, **settings}
    if not data.get("crowd"):
        data.pop("crowd", None)
    where: dict[tuple[str, int, int], str] = {}
    lists: dict[str, list[JsonDict]] = {n: [] for n in LISTS if n != "touchpoints"}
    stage_at: dict[str, int] = {}
    for record in records:
        name = record[LIST_KEY]
        if name == "touchpoints":
            continue
        if name == "stages":
            stage_at[record["id"]] = len(lists["stages"])
            lists["stages"].append({**clean(record), "touchpoints": []})
        else:
            lists[name].append(clean(record))
        where[(name, len(lists[name]) - 1, -1)] = record["id"]
    for record in records:
        if record[LIST_KEY] != "touchpoints":
            continue
        stage_id = record[STAGE_KEY]
        if stage_id not in stage_at:  # the card's stage did not change: a stand-in holds it
            stage_at[stage_id] = len(lists["stages"])
            lists["stages"].append({"id": stage_id, "name": "-", "touchpoints": []})
        i = stage_at[stage_id]
        stage_cards = lists["stages"][i]["touchpoints"]
        stage_cards.append(clean(record))
        where[("stages", i, len(stage_cards) - 1)] = record["id"]
    data.update(lists)
    return data, where


def _entity_key(where: str) -> tuple[str, int, int] | None:
    """Which entity a problem's path lies in (list, index, card index or -1); None: map-wide."""
    match = _ENTITY_PATH.match(where)
    if match is None:
        return None
    card = match.group(3)
    return match.group(1), int(match.group(2)), -1 if card is None else int(card)


def references(record: JsonDict) -> set[str]:
    """Every id a record refers to (for a check that takes any reference as known)."""
    refs: set[str] = set()
    for key in ("source", "target", STAGE_KEY):
        if isinstance(record.get(key), str):
            refs.add(record[key])
    nested = NESTED.get(record.get(LIST_KEY, ""))
    if nested and isinstance(record.get(nested), dict):
        refs.update(record[nested])
    for key in ("personas", "lanes", "stages"):
        if isinstance(record.get(key), list):
            refs.update(r for r in record[key] if isinstance(r, str))
    return refs


def everything_known(ids: set[str]) -> KnownIds:
    """Known ids that let every one of ``ids`` pass as any kind."""
    every = frozenset(ids)
    return KnownIds(every, every, every, every, every)


def settings_refs(settings: JsonDict) -> set[str]:
    """Every id the voting round and the crowd ratings name."""
    refs: set[str] = set()
    vote = settings.get("voting")
    if isinstance(vote, dict) and isinstance(vote.get("ballots"), dict):
        for ballot in vote["ballots"].values():
            if isinstance(ballot, dict):
                refs.update(ballot)
    crowd = settings.get("crowd")
    if isinstance(crowd, dict):
        refs.update(crowd)
    return refs
