"""Map ⇄ plain JSON data of the current format version (no validation here)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from .. import __version__
from ..model import (
    Annotation,
    AnnotationKind,
    Channel,
    Emotion,
    EmotionScale,
    Entity,
    Evidence,
    Flow,
    FlowKind,
    JourneyMap,
    Lane,
    LaneKind,
    Marker,
    Persona,
    SavedView,
    Stage,
    Touchpoint,
    VotingRound,
)
from ..model.record import field, mutable_record

FORMAT = "journeymapper"
FORMAT_VERSION = 3

JsonDict = dict[str, Any]


def _emotion(emotion: Emotion) -> JsonDict:
    return {"as_is": emotion.as_is, "to_be": emotion.to_be}


def _touchpoint(tp: Touchpoint) -> JsonDict:
    return {
        "id": tp.id,
        "name": tp.name,
        "channel": tp.channel.value,
        "physical": tp.physical,
        "description": tp.description,
        "need": tp.need,
        "tools": tp.tools,
        "owner": tp.owner,
        "evidence": tp.evidence.value if tp.evidence else None,
        "image": tp.image,
        "author": tp.author,
        "colour": tp.colour,
        "emotions": {pid: _emotion(e) for pid, e in tp.emotions.items()},
        "metrics": dict(tp.metrics),
        "notes": dict(tp.notes),
        **({"room": True} if tp.room else {}),
        **({"replaces": list(tp.replaces)} if tp.replaces else {}),
    }


def _annotation(a: Annotation) -> JsonDict:
    optional = {"author": a.author} if a.author else {}
    return {
        "id": a.id,
        "kind": a.kind.value,
        "target": a.target,
        "text": a.text,
        "severity": a.severity,
        "owner": a.owner,
        "evidence": a.evidence.value if a.evidence else None,
        "votes": a.votes,
        **optional,
        **({"room": True} if a.room else {}),
    }


def _persona(p: Persona) -> JsonDict:
    return {
        "id": p.id, "name": p.name, "description": p.description, "colour": p.colour,
        "marker": p.marker.value,
    }  # fmt: skip


def _lane(lane: Lane) -> JsonDict:
    return {
        "id": lane.id, "kind": lane.kind.value, "name": lane.name, "hidden": lane.hidden,
        "cells": dict(lane.cells),
    }  # fmt: skip


def _stage(s: Stage) -> JsonDict:
    return {"id": s.id, "name": s.name, "goal": s.goal, "description": s.description,
            "colour": s.colour}  # fmt: skip


def _flow(f: Flow) -> JsonDict:
    return {
        "id": f.id, "source": f.source, "target": f.target, "kind": f.kind.value,
        "label": f.label, "percent": f.percent,
    }  # fmt: skip


def _view(v: SavedView) -> JsonDict:
    return {
        "id": v.id,
        "name": v.name,
        "personas": list(v.personas) if v.personas is not None else None,
        "lanes": list(v.lanes) if v.lanes is not None else None,
        "stages": list(v.stages) if v.stages is not None else None,
    }


_ENTITY_DATA: dict[type, Callable[[Any], JsonDict]] = {
    Persona: _persona, Lane: _lane, Stage: _stage, Touchpoint: _touchpoint, Flow: _flow,
    Annotation: _annotation, SavedView: _view,
}  # fmt: skip


def entity_data(entity: Entity) -> JsonDict:
    """One entity as it is written in a file (a stage without its touchpoints)."""
    return _ENTITY_DATA[type(entity)](entity)


def _head(journey: JourneyMap) -> JsonDict:
    scale = journey.emotion_scale
    return {
        "title": journey.title,
        "description": journey.description,
        "language": journey.language.value,
        "author": journey.author,
        "locked": journey.locked,
        "emotion_scale": {
            "min": scale.minimum,
            "max": scale.maximum,
            "labels": {str(k): v for k, v in sorted(scale.labels.items())},
        },
    }


def settings_data(journey: JourneyMap) -> JsonDict:
    """The map-wide values as written in a file: settings, scale, voting, crowd (if any)."""
    return {**_head(journey), "voting": _voting_data(journey.voting), **_crowd_data(journey)}


def map_to_data(journey: JourneyMap) -> JsonDict:
    """The whole map as JSON-ready data, keys in a fixed order so files diff well."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        **_head(journey),
        "personas": [_persona(p) for p in journey.personas()],
        "lanes": [_lane(lane) for lane in journey.lanes()],
        "stages": [
            {**_stage(s), "touchpoints": [_touchpoint(tp) for tp in journey.touchpoints(s.id)]}
            for s in journey.stages()
        ],
        "flows": [_flow(f) for f in journey.flows()],
        "annotations": [_annotation(a) for a in journey.annotations()],
        "voting": _voting_data(journey.voting),
        **_crowd_data(journey),
        **({"room": dict(journey.room_session)} if journey.room_session else {}),
        "views": [_view(v) for v in journey.views()],
    }


def _voting_data(vote: VotingRound | None) -> JsonDict | None:
    if vote is None:
        return None
    return {
        "participants": list(vote.participants),
        "budget": vote.budget,
        "targets": list(vote.targets),
        "hidden": vote.hidden,
        "active": vote.active,
        "ballots": {p: dict(b) for p, b in vote.ballots.items()},
        **({"cap": vote.cap} if vote.cap is not None else {}),
    }


def _crowd_data(journey: JourneyMap) -> JsonDict:
    """The room's ratings per stage (optional: absent when nobody has rated)."""
    if not journey.crowd:
        return {}
    order = {sid: i for i, sid in enumerate(s.id for s in journey.stages())}
    stages = sorted(journey.crowd, key=lambda sid: order.get(sid, len(order)))
    return {"crowd": {sid: dict(sorted(journey.crowd[sid].items())) for sid in stages}}


@mutable_record
class Parts:
    """Entities read from data, each with the JSON path it came from."""

    scale: EmotionScale
    settings: dict[str, Any]
    personas: list[tuple[str, Persona]] = field(default_factory=list)
    lanes: list[tuple[str, Lane]] = field(default_factory=list)
    stages: list[tuple[str, Stage]] = field(default_factory=list)
    touchpoints: list[tuple[str, Touchpoint]] = field(default_factory=list)
    flows: list[tuple[str, Flow]] = field(default_factory=list)
    annotations: list[tuple[str, Annotation]] = field(default_factory=list)
    views: list[tuple[str, SavedView]] = field(default_factory=list)
    voting: VotingRound | None = None
    crowd: dict[str, dict[str, int]] = field(default_factory=dict)
    room: dict[str, Any] = field(default_factory=dict)  # room mode's session (schema-checked)
    history: Any = None  # the raw "history" list; io.history reads it leniently


def _pick(data: Mapping[str, Any], *names: str) -> dict[str, Any]:
    return {n: data[n] for n in names if n in data}


def _tuple_or_none(value: Any) -> tuple[str, ...] | None:
    return None if value is None else _tuple(value)


def _tuple(value: Any) -> tuple[Any, ...]:
    """A JSON array as a tuple; anything else (a text above all) is not iterated: TypeError."""
    if not isinstance(value, list | tuple):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    return tuple(value)


_ENUMS: dict[str, type] = {"channel": Channel, "marker": Marker, "evidence": Evidence}


def _typed(fields: dict[str, Any]) -> dict[str, Any]:
    """Enum-valued fields as their enums (the schema has already checked the values)."""
    for name, enum in _ENUMS.items():
        if fields.get(name) is not None:
            fields[name] = enum(fields[name])
    return fields


def data_to_parts(data: Mapping[str, Any], skip: Collection[tuple[str | int, ...]] = ()) -> Parts:
    """Entities from schema-valid data of the current version (enum values stay strings).

    ``skip`` names entities the schema refused (``("flows", 2)``,
    ``("stages", 0, "touchpoints", 1)``): they are left out, the others keep their paths.
    """
    raw_scale = data.get("emotion_scale", {"min": -2, "max": 2})
    scale = EmotionScale(
        raw_scale["min"],
        raw_scale["max"],
        {int(k): v for k, v in raw_scale.get("labels", {}).items()},
    )
    parts = Parts(scale, _pick(data, "title", "description", "language", "author", "locked"))
    text_fields = ("description", "colour", "marker")
    for i, p in enumerate(data.get("personas", [])):
        if ("personas", i) in skip:
            continue
        parts.personas.append(
            (f"personas[{i}]", Persona(p["id"], p["name"], **_typed(_pick(p, *text_fields))))
        )
    for i, lane in enumerate(data.get("lanes", [])):
        if ("lanes", i) in skip:
            continue
        fields = _pick(lane, "hidden", "cells")
        parts.lanes.append(
            (f"lanes[{i}]", Lane(lane["id"], LaneKind(lane["kind"]), lane["name"], **fields))
        )
    for i, s in enumerate(data.get("stages", [])):
        if ("stages", i) in skip:
            continue
        fields = _pick(s, "goal", "description", "colour")
        parts.stages.append((f"stages[{i}]", Stage(s["id"], s["name"], **fields)))
        for j, t in enumerate(s.get("touchpoints", [])):
            if ("stages", i, "touchpoints", j) in skip:
                continue
            emotions = {
                pid: Emotion(e.get("as_is"), e.get("to_be"))
                for pid, e in t.get("emotions", {}).items()
            }
            fields = _pick(
                t, "channel", "physical", "description", "need", "tools", "owner", "evidence",
                "image", "author", "colour", "metrics", "notes", "room",
            )  # fmt: skip
            if "replaces" in t:
                fields["replaces"] = tuple(t["replaces"])
            tp = Touchpoint(t["id"], s["id"], t["name"], emotions=emotions, **_typed(fields))
            parts.touchpoints.append((f"stages[{i}].touchpoints[{j}]", tp))
    for i, f in enumerate(data.get("flows", [])):
        if ("flows", i) in skip:
            continue
        fields = _pick(f, "label", "percent")
        flow = Flow(f["id"], f["source"], f["target"], FlowKind(f["kind"]), **fields)
        parts.flows.append((f"flows[{i}]", flow))
    for i, a in enumerate(data.get("annotations", [])):
        if ("annotations", i) in skip:
            continue
        fields = _pick(a, "severity", "owner", "evidence", "votes", "author", "room")
        note = Annotation(
            a["id"], AnnotationKind(a["kind"]), a["target"], a["text"], **_typed(fields)
        )
        parts.annotations.append((f"annotations[{i}]", note))
    for i, v in enumerate(data.get("views", [])):
        if ("views", i) in skip:
            continue
        view = SavedView(
            v["id"],
            v["name"],
            _tuple_or_none(v.get("personas")),
            _tuple_or_none(v.get("lanes")),
            _tuple_or_none(v.get("stages")),
        )
        parts.views.append((f"views[{i}]", view))
    raw_vote = data.get("voting")
    if raw_vote is not None:
        parts.voting = VotingRound(
            _tuple(raw_vote["participants"]),
            raw_vote["budget"],
            _tuple(raw_vote["targets"]),
            raw_vote.get("hidden", False),
            raw_vote.get("active", True),
            {p: dict(b) for p, b in raw_vote.get("ballots", {}).items()},
            raw_vote.get("cap"),
        )
    parts.crowd = {sid: dict(answers) for sid, answers in data.get("crowd", {}).items()}
    parts.room = dict(data.get("room", {}))
    return parts
