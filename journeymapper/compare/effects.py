"""What the changes do: dead ends and loops, pain ranks and votes, emotion per stage and persona."""

from __future__ import annotations

from dataclasses import dataclass, field
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
        return {
            "dead_ends_added": self.dead_ends_added,
            "dead_ends_fixed": self.dead_ends_fixed,
            "unreachable_added": self.unreachable_added,
            "unreachable_fixed": self.unreachable_fixed,
            "loops_added": self.loops_added,
            "loops_removed": self.loops_removed,
            "ranks": [
                {
                    "annotation": r.annotation,
                    "old_rank": r.old_rank,
                    "new_rank": r.new_rank,
                    "old_votes": r.old_votes,
                    "new_votes": r.new_votes,
                }
                for r in self.ranks
            ],  # fmt: skip
            "emotions": [
                {
                    "touchpoint": e.touchpoint,
                    "persona": e.persona,
                    "stage": e.stage,
                    "curve": e.curve,
                    "old": e.old,
                    "new": e.new,
                    "delta": e.delta,
                }
                for e in self.emotions
            ],  # fmt: skip
            "moods": [
                {
                    "stage": m.stage,
                    "persona": m.persona,
                    "old": m.old,
                    "new": m.new,
                    "delta": m.delta,
                }
                for m in self.moods
            ],  # fmt: skip
            "pains_addressed": self.pains_addressed,
        }


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


def _sums(
    records: Any, stage_of: dict[str, str], persona_of: dict[str, str]
) -> dict[tuple[str, str], list[float]]:
    """Sum and count of as-is emotions per (stage, persona), ids in the new version's terms."""
    sums: dict[tuple[str, str], list[float]] = {}
    for record in records:
        stage = stage_of.get(record["stage"])
        if stage is None:
            continue
        for persona, emotion in record["emotions"].items():
            value = emotion["as_is"]
            if value is None:
                continue
            who = persona_of.get(persona)
            if who is None:
                continue
            total = sums.get((stage, who))
            if total is None:
                sums[stage, who] = [0.0 + value, 1]
            else:
                total[0] += value
                total[1] += 1
    return sums


def _emotion_effects(diff: MapDiff, out: Effects) -> None:
    new, old = diff.new, diff.old
    persona_new = diff.matching.old_to_new("persona")
    tp_old = diff.matching.new_to_old["touchpoint"]
    old_tps = old.records["touchpoint"]
    same_ids = all(o == n for o, n in persona_new.items())
    for nid, record in new.records["touchpoint"].items():
        oid = tp_old.get(nid)
        after = record["emotions"]
        if oid is None:
            before = {}
        elif same_ids:
            before = old_tps[oid]["emotions"]
        else:
            before = {persona_new.get(p, ""): e for p, e in old_tps[oid]["emotions"].items()}
        if before == after:
            continue
        for persona in new.records["persona"]:
            for curve in ("as_is", "to_be"):
                old_value = (before.get(persona) or {}).get(curve)
                new_value = (after.get(persona) or {}).get(curve)
                if old_value != new_value:
                    out.emotions.append(
                        EmotionDelta(nid, persona, record["stage"], old_value, new_value, curve)
                    )
    stages_new = {s: s for s in new.records["stage"]}
    persona_same = {p: p for p in new.records["persona"]}
    after_sums = _sums(new.records["touchpoint"].values(), stages_new, persona_same)
    before_sums = _sums(old_tps.values(), diff.matching.old_to_new("stage"), persona_new)
    for persona in new.records["persona"]:
        for stage in new.records["stage"]:
            b, a = before_sums.get((stage, persona)), after_sums.get((stage, persona))
            if a is None and b is None:
                continue
            mood = StageMood(
                stage, persona,
                round(b[0] / b[1], 2) if b else None,
                round(a[0] / a[1], 2) if a else None,
            )  # fmt: skip
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


def _structure_changed(diff: MapDiff) -> bool:
    """Whether flows, cards or stages changed in a way that can move dead ends and loops."""
    if diff.reordered and "stage" in diff.reordered:
        return True
    for change in diff.changes:
        if change.kind in ("flow", "stage") and change.op != "changed":
            return True
        if change.kind == "flow" and {"source", "target", "kind"} & set(change.fields):
            return True
        if change.kind == "touchpoint" and (change.op != "changed" or change.moved):
            return True
    return False


def effects(diff: MapDiff) -> Effects:
    """The consequences of a diff; flow analysis needs both maps (skipped without them)."""
    out = Effects()
    old, new = diff.old.journey, diff.new.journey
    if old is not None and new is not None:
        if _structure_changed(diff):
            _flow_effects(diff, old, new, out)
        _rank_effects(diff, old, new, out)
    _emotion_effects(diff, out)
    _pains_addressed(diff, out)
    return out


def stage_name(flat: Flat, stage: str | None) -> str:
    return flat.name("stage", stage) if stage else ""
