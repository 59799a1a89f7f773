"""The map a compare picture draws: the new version with removed cards put back as ghosts.

Every card carries the new emotion as its as-is value and the old one as its to-be value, so
the ordinary emotion drawing shows the old curve dashed and the new one solid.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from ..io.jmap import dumps_map, loads_map
from ..model import Emotion, JourneyMap, ModelError
from .changes import MapDiff
from .flat import Flat


@dataclass
class Overlay:
    """Which entities of the drawn map are added, removed (ghosts), changed or moved."""

    journey: JourneyMap
    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    changed: dict[str, int] = field(default_factory=dict)  # id → number of changed fields
    moved: dict[str, str] = field(default_factory=dict)  # card id → the stage it came from


def _insert_at(order: list[str], old_order: list[str], old_id: str, new_ids: dict[str, str]) -> int:
    """Where an old entity goes back: right after its nearest older neighbour still shown."""
    for before in reversed(old_order[: old_order.index(old_id)]):
        shown = new_ids.get(before, before)
        if shown in order:
            return order.index(shown) + 1
    return 0


def _old_value(old: Flat, record_id: str | None, persona: str | None) -> float | None:
    if record_id is None or persona is None:
        return None
    emotion = old.records["touchpoint"][record_id]["emotions"].get(persona)
    return None if emotion is None else emotion.get("as_is")


def build_overlay(diff: MapDiff) -> Overlay:
    """The drawn map of ``diff`` (which must have been made from two maps, not plain data)."""
    if diff.new.journey is None:
        raise ValueError("the compare picture needs the new map itself")
    journey = loads_map(dumps_map(diff.new.journey))
    journey.set_setting("locked", False)
    overlay = Overlay(journey)
    old, matching = diff.old, diff.matching
    stage_new = matching.old_to_new("stage")
    tp_new = matching.old_to_new("touchpoint")
    for change in diff.changes:
        if change.op == "added":
            overlay.added.add(change.id)
        elif change.op == "changed" and change.kind != "map":
            fields = [k for k in change.fields if k not in ("stage", "emotions")]
            if fields:
                overlay.changed[change.id] = len(fields)
            if change.moved:
                source = change.fields["stage"][0]
                overlay.moved[change.id] = source
    # ghosts: removed stages first, then cards, then notes (each where it used to be)
    old_stages = list(old.records["stage"])
    for change in diff.of("stage", "removed"):
        record = change.record or {}
        order = [s.id for s in journey.stages()]
        index = _insert_at(order, old_stages, change.id, stage_new)
        with contextlib.suppress(ModelError):
            journey.add_stage(record["name"], index, id=change.id)
            overlay.removed.add(change.id)
    for change in diff.of("touchpoint", "removed"):
        record = change.record or {}
        stage = stage_new.get(record["stage"], record["stage"])
        if stage not in {s.id for s in journey.stages()}:
            continue
        order = [t.id for t in journey.touchpoints(stage)]
        index = _insert_at(order, old.stage_tps(record["stage"]), change.id, tp_new)
        with contextlib.suppress(ModelError):
            journey.add_touchpoint(stage, record["name"], index, id=change.id,
                                   channel=record["channel"])  # fmt: skip
            overlay.removed.add(change.id)
    for change in diff.of("annotation", "removed"):
        record = change.record or {}
        target = tp_new.get(record["target"]) or stage_new.get(record["target"]) or record["target"]
        if journey.find(target) is None:
            continue
        with contextlib.suppress(ModelError):
            journey.add_annotation(record["kind"], target, record["text"], id=change.id,
                                   severity=record["severity"])  # fmt: skip
            overlay.removed.add(change.id)
    _curves(diff, overlay)
    return overlay


def _curves(diff: MapDiff, overlay: Overlay) -> None:
    """As-is := the new value, to-be := the old value, for every card and persona."""
    journey, old = overlay.journey, diff.old
    tp_old = diff.matching.new_to_old["touchpoint"]
    persona_old = diff.matching.new_to_old["persona"]
    scale = journey.emotion_scale
    for card in journey.touchpoints():
        ghost = card.id in overlay.removed
        old_id = card.id if ghost else tp_old.get(card.id)
        emotions = {}
        for persona in journey.personas():
            new_value = None if ghost else card.emotions.get(persona.id, Emotion()).as_is
            old_value = _old_value(old, old_id, persona_old.get(persona.id))
            if old_value is not None and not scale.contains(old_value):
                old_value = None  # the scale changed: an old value off the new chart is left out
            if new_value is not None or old_value is not None:
                emotions[persona.id] = Emotion(new_value, old_value)
        if emotions != dict(card.emotions):
            with contextlib.suppress(ModelError):
                journey.update(card.id, emotions=emotions)
