"""What the model must become for the records a batch of document changes touched.

Only the changed records are read and checked. Reading stays deterministic (every peer that
holds the same document reads the same map): a record whose parent is gone (a card of a
deleted stage, a flow to a deleted card, the second flow between two cards) stays out, and
its id waits on what kept it out, so it is read again when that comes back or changes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Doc

from ..io.codec import Parts, settings_data
from ..model import EntityKind, JourneyMap
from ..model.entities import Entity, Flow, Touchpoint
from .layout import (
    LIST_KEY,
    LIST_OF,
    LISTS,
    NESTED,
    ORDERED,
    STAGE_KEY,
    Dirty,
    JsonDict,
    cards,
    entities,
    meta,
    order,
    plain,
)
from .reading import MAX_ROUNDS, check, decode, decode_meta, everything_known, references

log = logging.getLogger(__name__)

PARENTS_FIRST = ("personas", "stages", "lanes", "touchpoints", "flows", "annotations", "views")
_VIEW_AXES = {"personas": "personas", "lanes": "lanes", "stages": "stages"}


@dataclass
class Plan:
    """The model's part of a batch: entities to add or change, ids to remove, orders, settings."""

    upserts: list[Entity] = field(default_factory=list)  # parents first
    removals: list[str] = field(default_factory=list)  # children first
    orders: dict[str, list[str]] = field(default_factory=dict)  # list name -> ids in the doc
    cards: dict[str, list[str]] = field(default_factory=dict)  # stage id -> card ids in the doc
    settings: Parts | None = None  # accepted map-wide values, when they changed
    whole: Parts | None = None  # an empty model's first fill: everything, in order
    refused: dict[str, str] = field(default_factory=dict)  # id -> why

    def __bool__(self) -> bool:
        return bool(self.upserts or self.removals or self.orders or self.cards) or (
            self.settings is not None or self.whole is not None
        )


def _ids(items: Any) -> list[str]:
    if not isinstance(items, list):
        return []
    return list(dict.fromkeys(x for x in items if isinstance(x, str)))


class Planner:
    """Reads changed records of ``doc`` into plans; remembers which records wait on what."""

    def __init__(self, doc: Doc[Any]) -> None:
        self.doc = doc
        self.waiting: dict[str, set[str]] = {}

    def _wait(self, blocker: str, entity_id: str) -> None:
        self.waiting.setdefault(blocker, set()).add(entity_id)

    # ------------------------------------------------------------------ plan
    def plan(self, journey: JourneyMap, dirty: Dirty) -> Plan:
        empty = not any(getattr(journey, name)() for name in LISTS)
        table = entities(self.doc)
        raw: dict[str, Any] | None = None
        if dirty.everything or empty:
            raw = plain(table)
            ids = set(raw) | {e.id for name in LISTS for e in getattr(journey, name)()}
        else:
            ids = set(dirty.ids)
            todo = list(ids)
            while todo:
                for waiter in self.waiting.pop(todo.pop(), ()):
                    if waiter not in ids:
                        ids.add(waiter)
                        todo.append(waiter)
        plan = Plan()
        records: dict[str, JsonDict | None] = {}
        for entity_id in ids:
            entry = raw.get(entity_id) if raw is not None else table.get(entity_id)
            if entry is None:
                records[entity_id] = None
                continue
            record = decode(entity_id, entry)
            kind = journey.kind_of(entity_id)
            if record is None:
                plan.refused[entity_id] = "not a record of the map"
            elif kind is not None and LIST_OF[kind] != record[LIST_KEY]:
                plan.refused[entity_id] = "an entity cannot change its kind"
            else:
                records[entity_id] = record
        reading = _Reading(self, journey, records)
        if dirty.everything or empty or dirty.meta:
            plan.settings = reading.settings(decode_meta(plain(meta(self.doc))))
        scale_source = plan.settings if plan.settings is not None else None
        settings = _check_settings(journey, scale_source)
        for _round in range(MAX_ROUNDS):
            alive = reading.alive_records()
            result = check(alive.values(), settings, everything_known(reading.refs(alive)))
            if not result.refused and result.parts is not None:
                break
            for entity_id, why in result.refused.items():
                plan.refused[entity_id] = why
                del records[entity_id]
            reading.reset()
            if result.parts is None and not result.refused:
                log.warning("co-editing: changes refused: %s", "; ".join(result.wide[:3]))
                return Plan(refused=plan.refused)
        accepted = _entities(result.parts, set(alive))
        if plan.refused:
            log.warning(
                "co-editing: refused %d invalid record(s): %s", len(plan.refused),
                "; ".join(f"{k}: {v}" for k, v in sorted(plan.refused.items())[:10]),
            )  # fmt: skip
        if empty and result.parts is not None:
            plan.whole = self._ordered(result.parts, accepted, plan.settings)
            return plan
        new_stages: set[str] = set()
        for name in PARENTS_FIRST:
            for entity_id, entity in accepted.get(name, {}).items():
                current = journey.find(entity_id)
                if current == entity:
                    continue
                plan.upserts.append(entity)
                if current is None and name in ORDERED:
                    plan.orders[name] = []
                if name == "stages" and current is None:
                    new_stages.add(entity_id)
                if isinstance(entity, Touchpoint) and _moved(current, entity):
                    plan.cards[entity.stage_id] = []
        for loser in reading.beaten_model_flows():
            plan.removals.append(loser)
        for name in reversed(PARENTS_FIRST):
            for entity_id in sorted(reading.dead_in_model(name)):
                plan.removals.append(entity_id)
                reading.register_dependents(entity_id)
        for name in dirty.lists | set(plan.orders):
            if name in ORDERED:
                plan.orders[name] = _ids(plain(order(self.doc, name)))
        per_stage = cards(self.doc)
        for stage_id in (dirty.stages | set(plan.cards) | new_stages) - set(plan.removals):
            array = per_stage.get(stage_id)
            plan.cards[stage_id] = _ids(plain(array) if array is not None else [])
        return plan

    def _ordered(
        self, parts: Parts, accepted: dict[str, dict[str, Entity]], settings: Parts | None
    ) -> Parts:
        """An empty model's fill: every accepted entity in the document's order."""
        out = Parts(parts.scale if settings is None else settings.scale,
                    {} if settings is None else settings.settings)  # fmt: skip
        if settings is not None:
            out.voting, out.crowd = settings.voting, settings.crowd
        for name in ("personas", "lanes", "stages", "views", "flows", "annotations"):
            group = accepted.get(name, {})
            ranked = [i for i in _ids(plain(order(self.doc, name))) if i in group]
            ranked += sorted(set(group) - set(ranked))
            getattr(out, name).extend((name, group[i]) for i in ranked)
        cards_of: dict[str, list[str]] = {}
        for tp_id, tp in sorted(accepted.get("touchpoints", {}).items()):
            if isinstance(tp, Touchpoint):
                cards_of.setdefault(tp.stage_id, []).append(tp_id)
        per_stage = plain(cards(self.doc))
        group = accepted.get("touchpoints", {})
        for _path, stage in out.stages:
            mine = cards_of.get(stage.id, [])
            mine_set = set(mine)
            ranked = [i for i in _ids(per_stage.get(stage.id)) if i in mine_set]
            placed = set(ranked)
            ranked += [i for i in mine if i not in placed]
            cards_in_order = (group[i] for i in ranked)
            out.touchpoints.extend(
                ("touchpoints", tp) for tp in cards_in_order if isinstance(tp, Touchpoint)
            )
        return out


def _moved(current: Entity | None, card: Touchpoint) -> bool:
    """Whether ``card`` is new to the model or now lies in another stage."""
    return not isinstance(current, Touchpoint) or current.stage_id != card.stage_id


def _entities(parts: Parts | None, ids: set[str]) -> dict[str, dict[str, Entity]]:
    """The checked entities by list, without the stand-ins that held cards for the check."""
    out: dict[str, dict[str, Entity]] = {}
    if parts is None:
        return out
    for name in PARENTS_FIRST:
        out[name] = {e.id: e for _path, e in getattr(parts, name) if e.id in ids}
    return out


def _check_settings(journey: JourneyMap, accepted: Parts | None) -> JsonDict:
    """The settings records are checked against: title and scale, never voting or crowd."""
    data = settings_data(journey)
    if accepted is not None:
        scale = accepted.scale
        labels = {str(k): v for k, v in scale.labels.items()}
        data["emotion_scale"] = {"min": scale.minimum, "max": scale.maximum, "labels": labels}
    data.pop("voting", None)
    data.pop("crowd", None)
    return data


class _Reading:
    """One batch: which records and model entities are in the map the document describes."""

    def __init__(self, planner: Planner, journey: JourneyMap, records: dict[str, JsonDict | None]):
        self.planner = planner
        self.journey = journey
        self.records = records
        self._alive: dict[str, bool] = {}
        self._pairs: dict[tuple[str, str], list[str]] | None = None
        self._flow_order: dict[str, int] | None = None

    def reset(self) -> None:
        self._alive = {}
        self._pairs = None

    def list_of(self, entity_id: str) -> str | None:
        record = self.records.get(entity_id)
        if record is not None:
            return str(record[LIST_KEY])
        if entity_id in self.records:
            return None
        kind = self.journey.kind_of(entity_id)
        return None if kind is None else LIST_OF[kind]

    def is_alive(self, entity_id: str, lists: tuple[str, ...] = LISTS) -> bool:
        if entity_id not in self._alive:
            self._alive[entity_id] = False  # a cycle of references reads as dead
            self._alive[entity_id] = self._compute(entity_id)
        return self._alive[entity_id] and self.list_of(entity_id) in lists

    def _parents(self, entity_id: str) -> list[tuple[str, tuple[str, ...]]]:
        record = self.records.get(entity_id)
        if record is None:
            entity = self.journey.find(entity_id)
            if entity is None:
                return []
            fields: dict[str, Any] = {LIST_KEY: self.list_of(entity_id),
                                      STAGE_KEY: getattr(entity, "stage_id", None),
                                      "source": getattr(entity, "source", None),
                                      "target": getattr(entity, "target", None)}  # fmt: skip
        else:
            fields = record
        name = fields[LIST_KEY]
        if name == "touchpoints":
            return [(fields[STAGE_KEY], ("stages",))]
        if name == "flows":
            ends: list[tuple[str, tuple[str, ...]]] = [(fields["source"], ("touchpoints",))]
            if fields.get("target") is not None:
                ends.append((fields["target"], ("touchpoints",)))
            return ends
        if name == "annotations":
            return [(fields["target"], ("touchpoints", "stages"))]
        return []

    def _compute(self, entity_id: str) -> bool:
        if entity_id in self.records:
            if self.records[entity_id] is None:
                return False
        elif self.journey.find(entity_id) is None:
            return False
        alive = True
        for parent, lists in self._parents(entity_id):
            if not isinstance(parent, str) or not self.is_alive(parent, lists):
                alive = False
                if isinstance(parent, str):
                    self.planner._wait(parent, entity_id)
        if alive and self.list_of(entity_id) == "flows":
            winner = self._pair_winner(entity_id)
            if winner != entity_id:
                self.planner._wait(winner, entity_id)
                return False
        return alive

    # ------------------------------------------------------------ flow pairs
    def _pair_winner(self, flow_id: str) -> str:
        """Of flows between the same two cards, the first in the document's flow order."""
        pair = self._pair(flow_id)
        if pair is None:
            return flow_id
        if self._pairs is None:
            self._pairs = {}
            for flow in self.journey.flows():
                if flow.id not in self.records and flow.target is not None:
                    self._pairs.setdefault((flow.source, flow.target), []).append(flow.id)
            for entity_id, record in self.records.items():
                if record is not None and record[LIST_KEY] == "flows":
                    key = self._pair(entity_id)
                    if key is not None:
                        self._pairs.setdefault(key, []).append(entity_id)
        rivals = self._pairs.get(pair, [flow_id])
        if len(rivals) == 1:
            return flow_id
        if self._flow_order is None:
            ranked = _ids(plain(order(self.planner.doc, "flows")))
            self._flow_order = {flow: i for i, flow in enumerate(ranked)}
        rank = self._flow_order
        return min(rivals, key=lambda f: (rank.get(f, len(rank)), f))

    def beaten_model_flows(self) -> list[str]:
        """Flows of the model that a changed flow between the same two cards comes before."""
        beaten = []
        for entity_id, record in self.records.items():
            if record is None or record[LIST_KEY] != "flows" or not self.is_alive(entity_id):
                continue
            pair = self._pair(entity_id)
            for rival in (self._pairs or {}).get(pair, []) if pair else []:
                if rival != entity_id and rival not in self.records:
                    self.planner._wait(entity_id, rival)
                    beaten.append(rival)
        return sorted(set(beaten))

    def _pair(self, flow_id: str) -> tuple[str, str] | None:
        record = self.records.get(flow_id)
        if record is not None:
            source, target = record.get("source"), record.get("target")
        else:
            flow = self.journey.find(flow_id)
            if not isinstance(flow, Flow):
                return None
            source, target = flow.source, flow.target
        if isinstance(source, str) and isinstance(target, str):
            return source, target
        return None

    # --------------------------------------------------------------- records
    def alive_records(self) -> dict[str, JsonDict]:
        """The changed records in the map, their references to what is gone taken out."""
        out: dict[str, JsonDict] = {}
        for entity_id, record in self.records.items():
            if record is None or not self.is_alive(entity_id):
                continue
            out[entity_id] = self._pruned(entity_id, record)
        return out

    def _pruned(self, entity_id: str, record: JsonDict) -> JsonDict:
        name = record[LIST_KEY]
        nested = NESTED.get(name)
        if nested and isinstance(record.get(nested), dict):
            wanted = ("personas",) if name == "touchpoints" else ("stages",)
            kept = {}
            for ref, value in record[nested].items():
                if self.is_alive(ref, wanted):
                    kept[ref] = value
                else:
                    self.planner._wait(ref, entity_id)
            record = {**record, nested: kept}
        if name == "views":
            for axis, wanted_list in _VIEW_AXES.items():
                refs = record.get(axis)
                if isinstance(refs, list):
                    kept_refs = []
                    for ref in refs:
                        if isinstance(ref, str) and self.is_alive(ref, (wanted_list,)):
                            kept_refs.append(ref)
                        elif isinstance(ref, str):
                            self.planner._wait(ref, entity_id)
                        else:
                            kept_refs.append(ref)  # a wrong type: the check refuses it
                    record = {**record, axis: kept_refs}
        return record

    def refs(self, records: dict[str, JsonDict]) -> set[str]:
        out: set[str] = set()
        for record in records.values():
            out |= references(record)
        return out

    def dead_in_model(self, name: str) -> list[str]:
        """Entities of list ``name`` the model has but the document's map no longer does."""
        dead = []
        for entity_id, record in self.records.items():
            kind = self.journey.kind_of(entity_id)
            if kind is None or LIST_OF[kind] != name:
                continue
            if record is None or not self.is_alive(entity_id):
                dead.append(entity_id)
        return dead

    def register_dependents(self, entity_id: str) -> None:
        """What the model takes away with ``entity_id`` waits on it (its record may remain)."""
        journey = self.journey
        kind = journey.kind_of(entity_id)
        dependents: list[str] = []
        if kind is EntityKind.STAGE:
            dependents += [tp.id for tp in journey.touchpoints(entity_id)]
            dependents += [note.id for note in journey.annotations(target=entity_id)]
            dependents += [lane.id for lane in journey.lanes() if entity_id in lane.cells]
        elif kind is EntityKind.TOUCHPOINT:
            dependents += [f.id for f in journey.flows() if entity_id in (f.source, f.target)]
            dependents += [note.id for note in journey.annotations(target=entity_id)]
        elif kind is EntityKind.PERSONA:
            dependents += [tp.id for tp in journey.touchpoints() if entity_id in tp.emotions]
        for view in journey.views():
            if any(entity_id in (refs or ()) for refs in (view.personas, view.lanes, view.stages)):
                dependents.append(view.id)
        for dependent in dependents:
            self.planner._wait(entity_id, dependent)

    # -------------------------------------------------------------- settings
    def settings(self, values: JsonDict | None) -> Parts | None:
        """The map-wide values checked like a file (gone stages and items pruned), or None."""
        if values is None:
            log.warning("co-editing: map settings refused: not readable")
            return None
        vote = values.get("voting")
        if isinstance(vote, dict) and isinstance(vote.get("ballots"), dict):
            ballots = {}
            for who, ballot in vote["ballots"].items():
                if isinstance(ballot, dict):
                    ballot = {k: v for k, v in ballot.items()
                              if self.is_alive(k, ("touchpoints", "annotations"))}  # fmt: skip
                ballots[who] = ballot
            values = {**values, "voting": {**vote, "ballots": ballots}}
        crowd = values.get("crowd")
        if isinstance(crowd, dict):
            crowd = {k: v for k, v in crowd.items() if self.is_alive(k, ("stages",))}
            values = {**values, "crowd": crowd}
        refs: set[str] = set()
        if isinstance(values.get("voting"), dict):
            ballots = values["voting"].get("ballots")
            for ballot in (ballots.values() if isinstance(ballots, dict) else []):
                refs |= set(ballot) if isinstance(ballot, dict) else set()
        refs |= set(values["crowd"]) if isinstance(values.get("crowd"), dict) else set()
        result = check([], values, everything_known(refs))
        if result.parts is None:
            log.warning("co-editing: map settings refused: %s", "; ".join(result.wide[:3]))
        return result.parts

