"""Apply a plan to the model through its ordinary edit methods, so every remote change is an
ordinary model event the scene follows, and tell the document the map changed (note_change)."""

from __future__ import annotations

import contextlib
import json
import logging
from typing import Any, Protocol

from ..io.codec import map_to_data
from ..io.jmap import fill_map
from ..model import JourneyMap, ModelError
from ..model.entities import (
    Annotation,
    Entity,
    Flow,
    Lane,
    Persona,
    SavedView,
    Stage,
    Touchpoint,
)
from ..model.map_store import KINDS
from ..model.record import field_names
from ..model.removal import Removal
from .layout import LIST_OF
from .planner import PARENTS_FIRST, Plan

log = logging.getLogger(__name__)

TEXT_SETTINGS = ("title", "description", "language", "author")


class ChangeNote(Protocol):
    """Who hears that the map changed outside the undo stack (the editor's document)."""

    def note_change(self) -> None: ...


class Unnoted:
    """A map nobody has open in an editor (headless peers): nothing to tell."""

    def note_change(self) -> None:
        return None


def _fields(entity: Entity) -> dict[str, Any]:
    return {name: getattr(entity, name) for name in field_names(entity)}


def add_entity(journey: JourneyMap, entity: Entity, note: ChangeNote) -> None:
    """Add a copy of ``entity`` (same id) at the end of its list (or its stage)."""
    fields = _fields(entity)
    index = None
    if isinstance(entity, Touchpoint):
        del fields["stage_id"], fields["name"]
        journey.add_touchpoint(entity.stage_id, entity.name, index, **fields)
    elif isinstance(entity, Flow):
        del fields["source"], fields["target"], fields["kind"]
        journey.add_flow(entity.source, entity.target, entity.kind, **fields)
    elif isinstance(entity, Annotation):
        del fields["kind"], fields["target"], fields["text"]
        journey.add_annotation(entity.kind, entity.target, entity.text, **fields)
    elif isinstance(entity, Lane):
        del fields["kind"], fields["name"]
        journey.add_lane(entity.kind, entity.name, index, **fields)
    else:
        assert isinstance(entity, Stage | Persona | SavedView)
        del fields["name"]
        adder = {Stage: journey.add_stage, Persona: journey.add_persona,
                 SavedView: journey.add_view}[type(entity)]  # fmt: skip
        adder(entity.name, index, **fields)
    note.note_change()


def canonical(journey: JourneyMap) -> dict[str, Any]:
    """The map's data with the unordered collections (flows, annotations) in id order."""
    data = map_to_data(journey)
    data.pop("app_version", None)
    for name in ("flows", "annotations"):
        data[name] = sorted(data[name], key=lambda item: str(item["id"]))
    return json.loads(json.dumps(data))  # type: ignore[no-any-return]


def reconcile(journey: JourneyMap, plan: Plan, note: ChangeNote) -> set[str]:
    """Bring ``journey`` to what ``plan`` says, with model events; the ids the model refused."""
    if plan.whole is not None:
        _fill(journey, plan, note)
        return set()
    refused: set[str] = set()
    locked = journey.locked
    try:
        if locked:  # remote structural edits pass; the lock is put back at the end
            journey.set_setting("locked", False)
            note.note_change()
        widen = _scale(journey, plan, note)
        refused |= _entities(journey, plan, note)
        _orders(journey, plan, note)
        if widen:
            _scale(journey, plan, note)
    finally:
        _finish(journey, plan, locked, note)
    return refused


def _fill(journey: JourneyMap, plan: Plan, note: ChangeNote) -> None:
    """An empty map's first fill, in one go as opening a file, then one reset for the views."""
    assert plan.whole is not None
    try:
        fill_map(journey, plan.whole)
    except ModelError as error:  # the parts were checked: only a rule the checks missed
        log.warning("co-editing: the shared map could not be loaded: %s", error)
    journey.announce_reset()
    note.note_change()


def _scale(journey: JourneyMap, plan: Plan, note: ChangeNote) -> bool:
    """Set the new scale; True if it must wait until the emotions are in (it narrows)."""
    if plan.settings is None or plan.settings.scale == journey.emotion_scale:
        return False
    try:
        journey.set_emotion_scale(plan.settings.scale)
    except ModelError:
        return True
    finally:
        note.note_change()
    return False


def _entities(journey: JourneyMap, plan: Plan, note: ChangeNote) -> set[str]:
    refused: set[str] = set()
    swept: list[Entity] = []  # what a removal took along that the document still has
    try:
        for entity_id in plan.removals:
            if journey.find(entity_id) is not None:
                swept += _taken_along(journey.remove(entity_id))
        for entity in plan.upserts:
            try:
                _bring(journey, entity, note)
            except ModelError as error:
                log.warning("co-editing: %s refused by the map: %s", entity.id, error)
                refused.add(entity.id)
        kept = set(plan.removals) | {e.id for e in plan.upserts}
        for entity in sorted(swept, key=lambda e: PARENTS_FIRST.index(LIST_OF[KINDS[type(e)]])):
            if entity.id not in kept and journey.find(entity.id) is None:
                with contextlib.suppress(ModelError):  # its parent is really gone
                    add_entity(journey, entity, note)
    finally:
        note.note_change()
    return refused


def _taken_along(removal: Removal) -> list[Entity]:
    """The entities a removal took with it (a card moving out of a deleted stage comes back,
    and with it its notes and flows)."""
    out = []
    for child in removal.children:
        out.append(child.entity)
        out += _taken_along(child)
    return out


def _bring(journey: JourneyMap, entity: Entity, note: ChangeNote) -> None:
    current = journey.find(entity.id)
    if current is None:
        add_entity(journey, entity, note)
        return
    if (
        isinstance(entity, Touchpoint)
        and isinstance(current, Touchpoint)
        and current.stage_id != entity.stage_id
    ):
        journey.move_touchpoint(entity.id, entity.stage_id)
    old, new = _fields(current), _fields(entity)
    changes = {k: v for k, v in new.items() if k not in ("id", "stage_id") and old[k] != v}
    if changes:
        journey.update(entity.id, **changes)
    note.note_change()


def _orders(journey: JourneyMap, plan: Plan, note: ChangeNote) -> None:
    """Lists and stages' cards in the document's order (the rest after it, by id)."""
    try:
        for name, ranked in plan.orders.items():
            have = [e.id for e in getattr(journey, name)()]
            target = _ranked(ranked, have)
            for index, entity_id in enumerate(target):
                if have[index] != entity_id:
                    journey.move(entity_id, index)
                    have.remove(entity_id)
                    have.insert(index, entity_id)
        for stage_id, ranked in plan.cards.items():
            if journey.find(stage_id) is None:
                continue
            have = [tp.id for tp in journey.touchpoints(stage_id)]
            target = _ranked(ranked, have)
            for index, tp_id in enumerate(target):
                if have[index] != tp_id:
                    journey.move_touchpoint(tp_id, stage_id, index)
                    have.remove(tp_id)
                    have.insert(index, tp_id)
    finally:
        note.note_change()


def _ranked(ranked: list[str], have: list[str]) -> list[str]:
    present = set(have)
    first = [i for i in ranked if i in present]
    placed = set(first)
    return first + sorted(i for i in have if i not in placed)


def _finish(journey: JourneyMap, plan: Plan, locked: bool, note: ChangeNote) -> None:
    """Settings, crowd, voting, then the lock (as the document says, or as it was)."""
    target = plan.settings
    try:
        if target is not None:
            for name in TEXT_SETTINGS:
                if name in target.settings:
                    journey.set_setting(name, target.settings[name])
            try:
                journey.set_crowd(target.crowd)
                journey.set_voting(target.voting)
            except ModelError as error:
                log.warning("co-editing: voting or ratings refused by the map: %s", error)
            locked = bool(target.settings.get("locked", False))
        if journey.locked != locked:
            journey.set_setting("locked", locked)
    finally:
        note.note_change()
