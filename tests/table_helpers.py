"""What a journey table holds of a map, for comparing maps across CSV/XLSX round trips."""

from __future__ import annotations

from typing import Any

from journeymapper.model import JourneyMap


def table_content(journey: JourneyMap) -> dict[str, Any]:
    """Stages, personas, touchpoints (channel, emotions, notes) and annotations by name."""
    people = {p.id: p.name for p in journey.personas()}
    names = {s.id: s.name for s in journey.stages()}
    names.update({t.id: t.name for t in journey.touchpoints()})
    return {
        "stages": [s.name for s in journey.stages()],
        "personas": list(people.values()),
        "touchpoints": [
            (
                names[tp.stage_id],
                tp.name,
                tp.channel.value,
                {people[k]: e.as_is for k, e in tp.emotions.items() if e.as_is is not None},
                dict(tp.notes),
            )
            for tp in journey.touchpoints()
        ],
        "annotations": sorted(
            (a.kind.value, names[a.target], a.text) for a in journey.annotations()
        ),
    }
