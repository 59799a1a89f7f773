"""A map's counts and findings as plain data, for `info`, `info --json` and the insights panel."""

from __future__ import annotations

from typing import Any

from . import analysis
from .enums import AnnotationKind
from .journey_map import JourneyMap


def _touchpoint_ref(journey: JourneyMap, tp_id: str) -> dict[str, str]:
    tp = journey.touchpoint(tp_id)
    return {"id": tp.id, "name": tp.name, "stage": journey.stage(tp.stage_id).name}


def _target_name(journey: JourneyMap, target: str) -> str:
    entity = journey.find(target)
    return getattr(entity, "name", target)


def summarize(journey: JourneyMap) -> dict[str, Any]:
    """Counts and analysis of a map; keys are stable (the `info --json` contract)."""
    pains = analysis.ranked_annotations(journey, AnnotationKind.PAIN_POINT)
    opportunities = analysis.ranked_annotations(journey, AnnotationKind.OPPORTUNITY)
    personas = {p.id: p.name for p in journey.personas()}
    return {
        "title": journey.title,
        "language": journey.language.value,
        "stages": len(journey.stages()),
        "lanes": len(journey.lanes()),
        "touchpoints": journey.touchpoint_count(),
        "personas": len(personas),
        "flows": len(journey.flows()),
        "pain_points": len(pains),
        "opportunities": len(opportunities),
        "votes": sum(journey.vote_total(a.id) for a in journey.annotations()),
        "dead_ends": [_touchpoint_ref(journey, t) for t in analysis.dead_ends(journey)],
        "unreachable": [_touchpoint_ref(journey, t) for t in analysis.unreachable(journey)],
        "loops": [[journey.touchpoint(t).name for t in loop] for loop in analysis.loops(journey)],
        "paths": analysis.path_count(journey),
        "main_path": [journey.touchpoint(t).name for t in analysis.main_path(journey)],
        "ranked_pain_points": [
            {
                "text": a.text,
                "severity": a.severity,
                "votes": journey.vote_total(a.id),
                "target": _target_name(journey, a.target),
            }
            for a in pains
        ],
        "voting": _voting(journey),
        "lowest_moments": {
            personas[pid]: [
                {"touchpoint": journey.touchpoint(p.touchpoint_id).name, "emotion": p.value}
                for p in points
            ]
            for pid, points in analysis.lowest_moments(journey).items()
        },
    }


def _voting(journey: JourneyMap) -> dict[str, Any] | None:
    vote = journey.voting
    if vote is None:
        return None
    names = {a.id: a.text for a in journey.annotations()}
    names.update({t.id: t.name for t in journey.touchpoints()})
    return {
        "participants": list(vote.participants),
        "budget": vote.budget,
        "active": vote.active,
        "hidden": vote.hidden,
        "ballots": {
            person: {names.get(item, item): dots for item, dots in ballot.items()}
            for person, ballot in vote.ballots.items()
        },
    }
