"""What the changes do: dead ends and loops, pain ranks and votes, emotion per stage and persona."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from statistics import fmean
from typing import Any

from ..model import AnnotationKind, JourneyMap, analysis
from .changes import MapDiff
from .flat import Flat


@dataclass(frozen=True)
class EmotionDelta:
    """One persona's emotion at one card, before and after (None: not rated)."""

    touchpoint: str
    persona: str
    stage: str
    old: float | None
    new: float | None
    curve: str = "as_is"

    @property
    def delta(self) -> float | None:
        return None if self.old is None or self.new is None else self.new - self.old


@dataclass(frozen=True)
class StageMood:
    """A persona's mean emotion in a stage, before and after."""

    stage: str
    persona: str
    old: float | None
    new: float | None

    @property
    def delta(self) -> float | None:
        return None if self.old is None or self.new is None else round(self.new - self.old, 2)


@dataclass(frozen=True)
class RankChange:
    """A pain point whose place among the worst pains or whose votes changed."""

    annotation: str
    old_rank: int | None
    new_rank: int | None
    old_votes: int
    new_votes: int


@dataclass
class Effects:
    dead_ends_added: list[str] = field(default_factory=list)  # new ids
    dead_ends_fixed: list[str] = field(default_factory=list)  # new ids, or old ids if removed
    unreachable_added: list[str] = field(default_factory=list)
    unreachable_fixed: list[str] = field(default_factory=list)
    loops_added: list[list[str]] = field(default_factory=list)
    loops_removed: list[list[str]] = field(default_factory=list)
    ranks: list[RankChange] = field(default_factory=list)
    emotions: list[EmotionDelta] = field(default_factory=list)
    moods: list[StageMood] = field(default_factory=list)
    pains_addressed: list[str] = field(default_factory=list)  # old ids of pains gone or moved on

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["emotions"] = [{**asdict(e), "delta": e.delta} for e in self.emotions]
        out["moods"] = [{**asdict(m), "delta": m.delta} for m in self.moods]
        return out


def _to_new(diff: MapDiff, ids: list[str]) -> list[str]:
    table = diff.matching.old_to_new("touchpoint")
    return [table.get(i, i) for i in ids]


def _flow_effects(diff: MapDiff, old: JourneyMap, new: JourneyMap, out: Effects) -> None:
    for name, added, fixed in (
        ("dead_ends", out.dead_ends_added, out.dead_ends_fixed),
        ("unreachable", out.unreachable_added, out.unreachable_fixed),
    ):
        find = analysis.dead_ends if name == "dead_ends" else analysis.unreachable
        before, after = _to_new(diff, find(old)), find(new)
        added += [i for i in after if i not in set(before)]
        fixed += [i for i in before if i not in set(after)]
    before_loops = {
        frozenset(_to_new(diff, loop)): _to_new(diff, loop) for loop in analysis.loops(old)
    }
    after_loops = {frozenset(loop): loop for loop in analysis.loops(new)}
    out.loops_added = [loop for key, loop in after_loops.items() if key not in before_loops]
    out.loops_removed = [loop for key, loop in before_loops.items() if key not in after_loops]


def _rank_effects(diff: MapDiff, old: JourneyMap, new: JourneyMap, out: Effects) -> None:
    table = diff.matching.old_to_new("annotation")
    ranked_old = analysis.ranked_annotations(old, AnnotationKind.PAIN_POINT)
    ranked_new = analysis.ranked_annotations(new, AnnotationKind.PAIN_POINT)
    old_rank = {
        table.get(a.id, a.id): (i, old.vote_total(a.id)) for i, a in enumerate(ranked_old, 1)
    }
    for i, note in enumerate(ranked_new, 1):
        before = old_rank.get(note.id)
        if before is None:
            continue
        votes = new.vote_total(note.id)
        if before[0] != i or before[1] != votes:
            out.ranks.append(RankChange(note.id, before[0], i, before[1], votes))


def _value(record: dict[str, Any], persona: str, curve: str = "as_is") -> float | None:
    emotion = record.get("emotions", {}).get(persona)
    value = emotion.get(curve) if emotion else None
    return None if value is None else float(value)


def _emotion_effects(diff: MapDiff, out: Effects) -> None:
    new, old = diff.new, diff.old
    persona_old = diff.matching.new_to_old["persona"]
    tp_old = diff.matching.new_to_old["touchpoint"]
    stage_old = diff.matching.new_to_old["stage"]
    old_by_stage: dict[str, list[dict[str, Any]]] = {}
    for record in old.records["touchpoint"].values():
        old_by_stage.setdefault(record["stage"], []).append(record)
    new_by_stage: dict[str, list[dict[str, Any]]] = {}
    for record in new.records["touchpoint"].values():
        new_by_stage.setdefault(record["stage"], []).append(record)
    for persona in new.records["persona"]:
        op = persona_old.get(persona)
        for nid, record in new.records["touchpoint"].items():
            oid = tp_old.get(nid)
            for curve in ("as_is", "to_be"):
                old_record = old.records["touchpoint"][oid] if oid and op else None
                before = _value(old_record, op or "", curve) if old_record else None
                after = _value(record, persona, curve)
                if before != after:
                    out.emotions.append(
                        EmotionDelta(nid, persona, record["stage"], before, after, curve)
                    )
        for stage in new.records["stage"]:
            after_values = [
                v for r in new_by_stage.get(stage, []) if (v := _value(r, persona)) is not None
            ]
            os_ = stage_old.get(stage)
            before_values = [
                v
                for r in old_by_stage.get(os_ or "", [])
                if op and (v := _value(r, op)) is not None
            ]
            mood = StageMood(
                stage, persona,
                round(fmean(before_values), 2) if before_values else None,
                round(fmean(after_values), 2) if after_values else None,
            )  # fmt: skip
            if mood.old is not None or mood.new is not None:
                out.moods.append(mood)


def _pains_addressed(diff: MapDiff, out: Effects) -> None:
    removed_tps = {c.id for c in diff.of("touchpoint", "removed")}
    merged = diff.matching.merged
    for change in diff.changes:
        if change.kind != "annotation" or change.record is None:
            continue
        if change.op == "removed" and change.record["kind"] == "pain_point":
            out.pains_addressed.append(change.id)
    for oid, record in diff.old.records["annotation"].items():
        if record["kind"] != "pain_point" or oid in out.pains_addressed:
            continue
        if record["target"] in removed_tps or record["target"] in merged:
            out.pains_addressed.append(oid)


def effects(diff: MapDiff) -> Effects:
    """The consequences of a diff; flow analysis needs both maps (skipped without them)."""
    out = Effects()
    old, new = diff.old.journey, diff.new.journey
    if old is not None and new is not None:
        _flow_effects(diff, old, new, out)
        _rank_effects(diff, old, new, out)
    _emotion_effects(diff, out)
    _pains_addressed(diff, out)
    return out


def stage_name(flat: Flat, stage: str | None) -> str:
    return flat.name("stage", stage) if stage else ""
