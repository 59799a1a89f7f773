"""A read-only snapshot of the map for the room: what participants may see, and the ballots."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..model import AnnotationKind, JourneyMap
from ..model.crowd import crowd_points
from ..model.voting import VOTABLE


@dataclass(frozen=True)
class Item:
    """A card, pain point or opportunity as participants see it."""

    id: str
    kind: str
    stage_id: str
    text: str
    author: str
    votes: int


@dataclass(frozen=True)
class Board:
    """The map as the room server knows it; ``seq`` is the last room intent applied to it."""

    seq: int = 0
    title: str = ""
    language: str = "en"
    scale: tuple[int, int] = (-2, 2)
    labels: Mapping[int, str] = field(default_factory=dict)
    stages: tuple[tuple[str, str], ...] = ()
    items: tuple[Item, ...] = ()
    targets: tuple[str, ...] = VOTABLE
    budget: int | None = None
    cap: int | None = None
    hidden: bool = False
    ended: bool = False
    voters: tuple[str, ...] = ()
    ballots: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    ratings: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    crowd: tuple[dict[str, Any], ...] = ()

    @functools.cached_property
    def stage_ids(self) -> frozenset[str]:
        return frozenset(sid for sid, _name in self.stages)

    def scale_data(self) -> dict[str, Any]:
        """The emotion scale as the phone and viewer pages read it."""
        low, high = self.scale
        return {"min": low, "max": high, "labels": {str(k): v for k, v in self.labels.items()}}

    @functools.cached_property
    def votable(self) -> Mapping[str, str]:
        """Votable item id -> the stage it belongs to (worked out once per board)."""
        return {i.id: i.stage_id for i in self.items if i.kind in self.targets}


def board_of(journey: JourneyMap, seq: int) -> Board:
    """Snapshot ``journey`` after room intents up to ``seq`` have been applied."""
    stage_of: dict[str, str] = {}
    items: list[Item] = []
    for stage in journey.stages():
        for tp in journey.touchpoints(stage.id):
            stage_of[tp.id] = stage.id
            votes = journey.shown_votes(tp.id) if journey.voting else 0
            items.append(Item(tp.id, "touchpoint", stage.id, tp.name, tp.author, votes))
    for note in journey.annotations():
        stage_id = stage_of.get(note.target, note.target)
        kind = "pain_point" if note.kind is AnnotationKind.PAIN_POINT else "opportunity"
        votes = journey.shown_votes(note.id)
        items.append(Item(note.id, kind, stage_id, note.text, note.author, votes))
    vote = journey.voting if journey.voting is not None and journey.voting.active else None
    scale = journey.emotion_scale
    stage_ids = [s.id for s in journey.stages()]
    crowd = tuple(
        {"stage": p.stage_id, "mean": round(p.mean, 2), "low": round(p.low, 2),
         "high": round(p.high, 2), "count": p.count}
        for p in crowd_points(journey.crowd, stage_ids)
    )  # fmt: skip
    return Board(
        seq=seq,
        title=journey.title,
        language=journey.language.value,
        scale=(scale.minimum, scale.maximum),
        labels=dict(scale.labels),
        stages=tuple((s.id, s.name) for s in journey.stages()),
        items=tuple(items),
        targets=vote.targets if vote else VOTABLE,
        budget=vote.budget if vote else None,
        cap=vote.cap if vote else None,
        hidden=vote.hidden if vote else False,
        ended=journey.voting is not None and not journey.voting.active,
        voters=journey.voting.participants if journey.voting is not None else (),
        ballots={p: dict(b) for p, b in vote.ballots.items()} if vote else {},
        ratings={sid: dict(a) for sid, a in journey.crowd.items()},
        crowd=crowd,
    )
