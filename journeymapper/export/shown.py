"""The map as far as an export shows it: what a saved view and a persona choice leave in.

An export with ``--view`` or ``--persona`` must not carry what it hides: the PNG's
embedded map, the CSV, XLSX and Mermaid rows are made from this reduced copy. The
choice of stages, lanes and personas is the layout's own (``layout.options.visible``).
"""

from __future__ import annotations

import json
from typing import Any

from ..io.codec import map_to_data
from ..io.jmap import loads_map
from ..layout.options import shown, visible
from ..model import JourneyMap, LaneKind
from .options import ExportOptions
from .resolve import layout_options


def is_partial(options: ExportOptions) -> bool:
    """True when the export shows only part of the map."""
    return options.view is not None or options.persona is not None


def shown_map(journey: JourneyMap, options: ExportOptions) -> JourneyMap:
    """A copy of ``journey`` with only what the export shows (the map itself when whole).

    Kept: the visible stages with their cards, the visible lanes (cells of visible
    stages only), the chosen personas and their emotions (if an emotion lane shows),
    metrics (if a metrics lane shows), flows between kept cards, pain points and
    opportunities on kept cards and stages (if their lane shows), and the voting
    round's dots on kept items. Saved views are left out: they name what is hidden.
    """
    if not is_partial(options):
        return journey
    vis = visible(journey, layout_options(journey, options))
    content = shown(journey, vis)  # the notes and feelings the view shows
    stage_ids = {s.id for s in vis.stages}
    lane_ids = {lane.id for lane in vis.lanes}
    persona_ids = {p.id for p in vis.personas}
    felt = set(content.persona_ids)
    kinds = {lane.kind for lane in vis.lanes}
    data = map_to_data(journey)
    data["personas"] = [p for p in data["personas"] if p["id"] in persona_ids]
    data["lanes"] = [lane for lane in data["lanes"] if lane["id"] in lane_ids]
    for lane in data["lanes"]:
        lane["cells"] = {k: v for k, v in lane["cells"].items() if k in stage_ids}
    data["stages"] = [s for s in data["stages"] if s["id"] in stage_ids]
    card_ids: set[str] = set()
    for stage in data["stages"]:
        for card in stage["touchpoints"]:
            card_ids.add(card["id"])
            card["emotions"] = {k: v for k, v in card["emotions"].items() if k in felt}
            if LaneKind.METRICS not in kinds:
                card["metrics"] = {}
    data["flows"] = [
        f
        for f in data["flows"]
        if f["source"] in card_ids and (f["target"] is None or f["target"] in card_ids)
    ]
    data["annotations"] = [a for a in data["annotations"] if a["id"] in content.note_ids]
    data["views"] = []
    data["voting"] = _voting(data["voting"], card_ids | {a["id"] for a in data["annotations"]})
    return loads_map(json.dumps(data).encode("utf-8"), journey.title)


def _voting(vote: dict[str, Any] | None, items: set[str]) -> dict[str, Any] | None:
    if vote is None:
        return None
    ballots = {
        person: {item: dots for item, dots in ballot.items() if item in items}
        for person, ballot in vote["ballots"].items()
    }
    return {**vote, "ballots": {p: b for p, b in ballots.items() if b}}
