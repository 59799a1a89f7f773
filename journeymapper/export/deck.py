"""Which slides a deck has, decided once for the PDF and the PowerPoint exports.

Title, the whole map, one slide per stage (or per group of stages when there are
more than ``MAX_STAGE_SLIDES``), the ranked pain points and opportunities, one
slide per persona, and the full texts of everything the layout had to elide.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from ..layout import LayoutOptions, MapLayout
from ..model import JourneyMap, LaneKind
from ..render.words import labels_for

MAX_STAGE_SLIDES = 8
STAGE_LANES = frozenset(
    {LaneKind.TOUCHPOINTS, LaneKind.EMOTION, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES}
)
PERSONA_LANES = frozenset({LaneKind.EMOTION})


@dataclass(frozen=True)
class Slide:
    """One slide: its kind, title, the stages or persona it shows, and speaker notes."""

    kind: str  # title | map | stages | ranking | persona | appendix
    title: str
    stage_ids: tuple[str, ...] = ()
    persona_id: str | None = None
    notes: str = ""


def elided_texts(journey: JourneyMap, layout: MapLayout) -> list[tuple[str, str]]:
    """(heading, full text) of every header, card and cell the layout shortened."""
    found: list[tuple[str, str]] = []
    for header in layout.stage_headers:
        if header.elided:
            found.append(("", journey.stage(header.stage_id).name))
    for tp_id, card in layout.cards.items():
        if card.elided:
            tp = journey.touchpoint(tp_id)
            found.append((tp.name, tp.description))
    for note_id, card in layout.annotation_cards.items():
        if card.elided:
            found.append(("", journey.annotation(note_id).text))
    for cell in layout.cells:
        if cell.elided:
            lane = journey.lane(cell.lane_id)
            stage = journey.stage(cell.stage_id)
            found.append((f"{lane.name} · {stage.name}", lane.cells.get(cell.stage_id, "")))
    return [(h, t) for h, t in found if h or t]


def stage_groups(stage_ids: list[str]) -> list[tuple[str, ...]]:
    """One stage per slide, or consecutive groups so there are at most MAX_STAGE_SLIDES."""
    if not stage_ids:
        return []
    size = max(1, math.ceil(len(stage_ids) / MAX_STAGE_SLIDES))
    return [tuple(stage_ids[i : i + size]) for i in range(0, len(stage_ids), size)]


def _notes_for(journey: JourneyMap, stage_ids: tuple[str, ...], layout: MapLayout) -> str:
    keep = set(stage_ids)
    parts = []
    for tp_id, card in layout.cards.items():
        if card.stage_id in keep and card.elided:
            tp = journey.touchpoint(tp_id)
            parts.append(f"{tp.name}\n{tp.description}")
    for card in layout.annotation_cards.values():
        if card.stage_id in keep and card.elided:
            parts.append(journey.annotation(card.entity_id).text)
    return "\n\n".join(parts)


def build_deck(journey: JourneyMap, layout: MapLayout, options: LayoutOptions) -> list[Slide]:
    """The slides for ``journey`` as laid out (whole map) with ``options``."""
    words: Mapping[str, str] = labels_for(journey.language.value)
    slides = [Slide("title", journey.title), Slide("map", words["whole_map"])]
    for group in stage_groups(layout.stage_ids):
        names = [journey.stage(s).name for s in group]
        title = names[0] if len(names) == 1 else f"{names[0]} … {names[-1]}"
        slides.append(Slide("stages", title, group, notes=_notes_for(journey, group, layout)))
    slides.append(Slide("ranking", words["ranking"]))
    for persona_id in layout.persona_ids:
        name = journey.persona(persona_id).name
        slides.append(Slide("persona", f"{words['persona']}: {name}", persona_id=persona_id))
    if elided_texts(journey, layout):
        slides.append(Slide("appendix", words["appendix"]))
    return slides
