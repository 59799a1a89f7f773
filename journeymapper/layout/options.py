"""What to lay out (a saved view, the personas, theme, channel names) and what a view shows."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..model import (
    AnnotationKind,
    Channel,
    EntityKind,
    JourneyMap,
    Lane,
    LaneKind,
    Persona,
    Stage,
    Touchpoint,
)

NOTE_LANES = {
    AnnotationKind.PAIN_POINT: LaneKind.PAIN_POINTS,
    AnnotationKind.OPPORTUNITY: LaneKind.OPPORTUNITIES,
}


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


@dataclass(frozen=True)
class Shown:
    """What a view shows of the map's content (``shown``): cards, notes, personas' feelings."""

    visible: Visible
    cards: dict[str, list[Touchpoint]]  # per visible stage id; none without a touchpoints lane
    note_kinds: frozenset[AnnotationKind]  # the kinds of note whose lane is visible
    note_ids: frozenset[str]  # the notes of those kinds on the visible stages and their cards
    personas: list[Persona]  # whose feelings show: none without an emotion lane

    @functools.cached_property
    def persona_ids(self) -> list[str]:
        return [persona.id for persona in self.personas]


def shown(journey: JourneyMap, view: Visible) -> Shown:
    """What the visible stages, lanes and personas show: the cards of the visible stages when
    a touchpoints lane is visible, the pain points and opportunities whose lane is visible on
    those stages (or their cards), and the personas' feelings when an emotion lane is."""
    kinds = {lane.kind for lane in view.lanes}
    cards = (
        {stage.id: journey.touchpoints(stage.id) for stage in view.stages}
        if LaneKind.TOUCHPOINTS in kinds
        else {}
    )
    in_view = {stage.id for stage in view.stages}
    note_kinds = frozenset(kind for kind, lane in NOTE_LANES.items() if lane in kinds)
    notes = set()
    for kind in note_kinds:
        for note in journey.annotations(kind=kind):
            stage_id = note.target
            if journey.kind_of(stage_id) is EntityKind.TOUCHPOINT:
                stage_id = journey.touchpoint(note.target).stage_id
            if stage_id in in_view:
                notes.add(note.id)
    personas = view.personas if LaneKind.EMOTION in kinds else []
    return Shown(view, cards, note_kinds, frozenset(notes), personas)
