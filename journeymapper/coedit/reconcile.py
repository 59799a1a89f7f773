"""Bring the model to a checked target map through its ordinary edit methods (so every change
is an ordinary model event the scene follows), falling back to remove-all and add-all."""

from __future__ import annotations

import contextlib
import dataclasses
import json
from typing import Any

from ..io.codec import Parts, map_to_data
from ..io.jmap import map_from_parts
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

PARENTS_FIRST = ("personas", "stages", "lanes", "touchpoints", "flows", "annotations", "views")
TEXT_SETTINGS = ("title", "description", "language", "author")


def _entities(journey: JourneyMap, name: str) -> list[Entity]:
    return list(getattr(journey, name)())


def _fields(entity: Entity) -> dict[str, Any]:
    return {f.name: getattr(entity, f.name) for f in dataclasses.fields(entity)}


def add_entity(journey: JourneyMap, entity: Entity, index: int | None) -> None:
    """Add a copy of ``entity`` (same id) at ``index`` of its list."""
    fields = _fields(entity)
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


def canonical(journey: JourneyMap) -> dict[str, Any]:
    """The map's data with the unordered collections (flows, annotations) in id order."""
    data = map_to_data(journey)
    data.pop("app_version", None)
    for name in ("flows", "annotations"):
        data[name] = sorted(data[name], key=lambda item: str(item["id"]))
    return json.loads(json.dumps(data))  # type: ignore[no-any-return]


def reconcile(journey: JourneyMap, parts: Parts) -> None:
    """Change ``journey`` into the map ``parts`` describe, with model events only."""
    if not any(getattr(journey, name)() for name in PARENTS_FIRST):
        _load_into_empty(journey, parts)  # a joiner's first sync: one load, as opening a file
        return
    target = map_from_parts(parts)
    wanted = canonical(target)
    if canonical(journey) == wanted:
        return
    with contextlib.suppress(ModelError):  # a step the rules refuse midway: the long way
        _step_by_step(journey, target)
    if canonical(journey) != wanted:
        _replace_all(journey, target)


def _load_into_empty(journey: JourneyMap, parts: Parts) -> None:
    """Fill an empty map in one go (entities checked already) and tell views to redraw."""
    for name in TEXT_SETTINGS:
        if name in parts.settings:
            journey.set_setting(name, parts.settings[name])
    journey.set_emotion_scale(parts.scale)
    groups = (
        parts.personas, parts.stages, parts.lanes, parts.touchpoints,
        parts.flows, parts.annotations, parts.views,
    )  # fmt: skip
    journey.attach_checked(entity for group in groups for _path, entity in group)
    journey.set_voting(parts.voting)
    journey.set_crowd(parts.crowd)
    journey.set_setting("locked", bool(parts.settings.get("locked", False)))
    journey.announce_reset()


def _begin(journey: JourneyMap) -> None:
    if journey.locked:
        journey.set_setting("locked", False)


def _finish(journey: JourneyMap, target: JourneyMap) -> None:
    for name in TEXT_SETTINGS:
        journey.set_setting(name, target.setting(name))
    journey.set_crowd(target.crowd)
    journey.set_voting(target.voting)
    journey.set_setting("locked", target.locked)


def _step_by_step(journey: JourneyMap, target: JourneyMap) -> None:
    _begin(journey)
    widen = False
    try:
        journey.set_emotion_scale(target.emotion_scale)
    except ModelError:
        widen = True
    journey.set_voting(None) if journey.voting != target.voting else None
    for name in reversed(PARENTS_FIRST):
        for entity in _entities(journey, name):
            if target.find(entity.id) is None and journey.find(entity.id) is not None:
                journey.remove(entity.id)
    for name in PARENTS_FIRST:
        for index, entity in enumerate(_entities(target, name)):
            _bring(journey, entity, index)
    for name in ("personas", "stages", "lanes", "views"):
        for index, entity in enumerate(_entities(target, name)):
            if journey.index_of(entity.id) != index:
                journey.move(entity.id, index)
    for stage in target.stages():
        for index, tp in enumerate(target.touchpoints(stage.id)):
            if journey.index_of(tp.id) != index:
                journey.move_touchpoint(tp.id, stage.id, index)
    if widen:
        journey.set_emotion_scale(target.emotion_scale)
    _finish(journey, target)


def _bring(journey: JourneyMap, entity: Entity, index: int) -> None:
    current = journey.find(entity.id)
    if current is None:
        add_entity(journey, entity, index)
        return
    if current == entity:
        return
    if (
        isinstance(entity, Touchpoint)
        and isinstance(current, Touchpoint)
        and current.stage_id != entity.stage_id
    ):
        journey.move_touchpoint(entity.id, entity.stage_id, index)
    old, new = _fields(current), _fields(entity)
    changes = {k: v for k, v in new.items() if k not in ("id", "stage_id") and old[k] != v}
    if changes:
        journey.update(entity.id, **changes)


def _replace_all(journey: JourneyMap, target: JourneyMap) -> None:
    """Everything out, everything in: still ordinary events, for when steps cannot get there."""
    _begin(journey)
    journey.set_voting(None)
    for name in reversed(PARENTS_FIRST):
        for entity in _entities(journey, name):
            if journey.find(entity.id) is not None:
                journey.remove(entity.id)
    journey.set_crowd({})
    journey.set_emotion_scale(target.emotion_scale)
    for name in PARENTS_FIRST:
        for entity in _entities(target, name):
            add_entity(journey, entity, None)
    _finish(journey, target)
