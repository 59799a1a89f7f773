"""The validity rules of map entities, shared by live edits and by file validation.

Each check returns ``(relative_path, message)`` pairs; the map raises on the first
one, the file validator reports them all with the JSON path in front.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterator
from typing import Any

from .entities import (
    Annotation,
    EmotionScale,
    Entity,
    Flow,
    Lane,
    Persona,
    SavedView,
    Stage,
    Touchpoint,
)
from .enums import FlowKind, LaneKind, Metric
from .messages import msg, quoted
from .record import record

MAX_TEXT = 100_000
MAX_SCALE_SPAN = 100
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
METRIC_RANGES: dict[str, tuple[float, float]] = {
    Metric.CSAT: (0, 100),
    Metric.NPS: (-100, 100),
    Metric.CES: (1, 7),
    Metric.CONVERSION: (0, 100),
    Metric.DROP_OFF: (0, 100),
}

Problem = tuple[str, str]


@record
class RuleContext:
    """What an entity may refer to: the map's scale and the ids that exist."""

    scale: EmotionScale
    stage_ids: Collection[str]
    persona_ids: Collection[str]
    touchpoint_ids: Collection[str]
    lane_ids: Collection[str]


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def text_problems(path: str, value: Any, *, required: bool = False) -> Iterator[Problem]:
    if not isinstance(value, str):
        yield path, msg("rule.text")
    elif required and not value.strip():
        yield path, msg("rule.required")
    elif len(value) > MAX_TEXT:
        yield path, msg("rule.too_long", f"{MAX_TEXT:,}")


def colour_problems(path: str, value: Any) -> Iterator[Problem]:
    if not isinstance(value, str) or (value and not COLOUR.match(value)):
        yield path, msg("rule.colour")


def scale_problems(scale: EmotionScale) -> Iterator[Problem]:
    lo, hi = scale.minimum, scale.maximum
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (lo, hi)):
        yield "", msg("rule.scale_whole")
        return
    if lo >= hi:
        yield "", msg("rule.scale_order", lo, hi)
    elif hi - lo > MAX_SCALE_SPAN:
        yield "", msg("rule.scale_span", MAX_SCALE_SPAN)
    for value, label in scale.labels.items():
        if not scale.contains(value):
            yield f"labels.{value}", msg("rule.scale_label", value, lo, hi)
        yield from text_problems(f"labels.{value}", label)


def emotion_value_problems(path: str, value: Any, scale: EmotionScale) -> Iterator[Problem]:
    if value is None:
        return
    if not is_number(value):
        yield path, msg("rule.number")
    elif not scale.contains(value):
        yield path, msg("rule.emotion_outside", value, scale.minimum, scale.maximum)


def metric_problems(path: str, name: Any, value: Any) -> Iterator[Problem]:
    if not isinstance(name, str) or not name.strip():
        yield path, msg("rule.metric_name")
    elif not is_number(value):
        yield f"{path}.{name}", msg("rule.number")
    elif name in METRIC_RANGES:
        lo, hi = METRIC_RANGES[name]
        if not lo <= value <= hi:
            yield f"{path}.{name}", msg("rule.metric_range", value, f"{lo:g}", f"{hi:g}")


def _stage(stage: Stage, ctx: RuleContext) -> Iterator[Problem]:
    yield from text_problems("name", stage.name, required=True)
    yield from text_problems("goal", stage.goal)
    yield from text_problems("description", stage.description)
    yield from colour_problems("colour", stage.colour)


def _lane(lane: Lane, ctx: RuleContext) -> Iterator[Problem]:
    yield from text_problems("name", lane.name, required=True)
    if not isinstance(lane.kind, LaneKind):
        yield "kind", msg("rule.lane_kind")
    for stage_id, text in lane.cells.items():
        if stage_id not in ctx.stage_ids:
            yield f"cells.{stage_id}", msg("rule.stage_missing")
        yield from text_problems(f"cells.{stage_id}", text)


def _persona(persona: Persona, ctx: RuleContext) -> Iterator[Problem]:
    yield from text_problems("name", persona.name, required=True)
    yield from text_problems("description", persona.description)
    yield from colour_problems("colour", persona.colour)


def _touchpoint(tp: Touchpoint, ctx: RuleContext) -> Iterator[Problem]:
    if tp.stage_id not in ctx.stage_ids:
        yield "stage", msg("rule.stage_ref", quoted(tp.stage_id))
    yield from text_problems("name", tp.name, required=True)
    for name in ("description", "need", "tools", "owner", "image", "author"):
        yield from text_problems(name, getattr(tp, name))
    yield from colour_problems("colour", tp.colour)
    for persona_id, emotion in tp.emotions.items():
        path = f"emotions.{persona_id}"
        if persona_id not in ctx.persona_ids:
            yield path, msg("rule.persona_ref", quoted(persona_id))
        yield from emotion_value_problems(f"{path}.as_is", emotion.as_is, ctx.scale)
        yield from emotion_value_problems(f"{path}.to_be", emotion.to_be, ctx.scale)
    for name, value in tp.metrics.items():
        yield from metric_problems("metrics", name, value)
    for name, text in tp.notes.items():
        yield from text_problems(f"notes.{name}", text)


def _flow(flow: Flow, ctx: RuleContext) -> Iterator[Problem]:
    if flow.source not in ctx.touchpoint_ids:
        yield "source", msg("rule.touchpoint_ref", quoted(flow.source))
    if flow.target is None:
        if flow.kind is not FlowKind.EXIT:
            yield "target", msg("rule.exit_only")
    elif flow.target not in ctx.touchpoint_ids:
        yield "target", msg("rule.touchpoint_ref", quoted(flow.target))
    elif flow.target == flow.source:
        yield "target", msg("rule.self_flow")
    yield from text_problems("label", flow.label)
    if flow.percent is not None and not (is_number(flow.percent) and 0 <= flow.percent <= 100):
        yield "percent", msg("rule.percent")


def _annotation(note: Annotation, ctx: RuleContext) -> Iterator[Problem]:
    if note.target not in ctx.touchpoint_ids and note.target not in ctx.stage_ids:
        yield "target", msg("rule.note_target", quoted(note.target))
    yield from text_problems("text", note.text, required=True)
    yield from text_problems("owner", note.owner)
    yield from text_problems("author", note.author)
    severity = note.severity
    if not (isinstance(severity, int) and not isinstance(severity, bool) and 1 <= severity <= 5):
        yield "severity", msg("rule.severity")
    if not (isinstance(note.votes, int) and not isinstance(note.votes, bool) and note.votes >= 0):
        yield "votes", msg("rule.votes")


def _view(view: SavedView, ctx: RuleContext) -> Iterator[Problem]:
    yield from text_problems("name", view.name, required=True)
    for axis, known in (
        ("personas", ctx.persona_ids),
        ("lanes", ctx.lane_ids),
        ("stages", ctx.stage_ids),
    ):
        for i, ref in enumerate(getattr(view, axis) or ()):
            if ref not in known:
                yield f"{axis}[{i}]", msg("rule.ref", quoted(ref))


_CHECKS: dict[type, Any] = {
    Stage: _stage,
    Lane: _lane,
    Persona: _persona,
    Touchpoint: _touchpoint,
    Flow: _flow,
    Annotation: _annotation,
    SavedView: _view,
}


def entity_problems(entity: Entity, ctx: RuleContext) -> list[Problem]:
    """Every rule the entity breaks, as (field path, message) pairs."""
    problems: list[Problem] = list(text_problems("id", entity.id, required=True))
    problems.extend(_CHECKS[type(entity)](entity, ctx))
    return problems
