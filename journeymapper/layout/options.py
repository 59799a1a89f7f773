"""What to lay out: a saved view, the personas to draw, the theme and channel names."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Channel, JourneyMap, Lane, LaneKind, Persona, Stage


@dataclass(frozen=True)
class LayoutOptions:
    """``view_id`` applies a saved view; ``persona_ids`` (if given) narrows the personas."""

    view_id: str | None = None
    persona_ids: Sequence[str] | None = None
    theme: str = "light"
    channel_labels: Mapping[Channel, str] = field(default_factory=dict)
    metric_labels: Mapping[str, str] = field(default_factory=dict)  # csat -> "CSAT" ...
    # Narrower still, for slides: only these stages, only lanes of these kinds.
    stage_ids: Sequence[str] | None = None
    lane_kinds: frozenset[LaneKind] | None = None
    emotion_height: float | None = None  # the emotion plot's height, when not the default


@dataclass(frozen=True)
class Visible:
    """The stages, lanes and personas that survive hidden flags and the view's filter."""

    stages: list[Stage]
    lanes: list[Lane]
    personas: list[Persona]


def visible(journey: JourneyMap, options: LayoutOptions) -> Visible:
    """Apply hidden lanes, the saved view (if any) and the persona choice."""
    view = journey.view(options.view_id) if options.view_id is not None else None
    stages = journey.stages()
    lanes = [lane for lane in journey.lanes() if not lane.hidden]
    personas = journey.personas()
    if view is not None:
        if view.stages is not None:
            keep = set(view.stages)
            stages = [s for s in stages if s.id in keep]
        if view.lanes is not None:
            keep = set(view.lanes)
            lanes = [lane for lane in lanes if lane.id in keep]
        if view.personas is not None:
            keep = set(view.personas)
            personas = [p for p in personas if p.id in keep]
    if options.stage_ids is not None:
        keep = set(options.stage_ids)
        stages = [s for s in stages if s.id in keep]
    if options.lane_kinds is not None:
        lanes = [lane for lane in lanes if lane.kind in options.lane_kinds]
    if options.persona_ids is not None:
        keep = set(options.persona_ids)
        personas = [p for p in personas if p.id in keep]
    return Visible(stages, lanes, personas)
