"""The change list in words, grouped by stage (CLI text, the compare picture's list) and as JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .changes import Change, MapDiff
from .effects import Effects, effects
from .flat import Flat

SHORT = 40
_KIND_NAMES = {
    "stage": "stage", "lane": "lane", "persona": "persona", "touchpoint": "touchpoint",
    "flow": "flow", "view": "view", "pain_point": "pain point", "opportunity": "opportunity",
}  # fmt: skip
_SKIPPED_FIELDS = {"id", "emotions", "stage", "name", "text"}


@dataclass(frozen=True)
class Line:
    """One reported change: ``op`` decides its colour (added, removed, changed, moved, info)."""

    op: str
    text: str
    id: str = ""


@dataclass
class Section:
    stage: str | None
    title: str
    lines: list[Line] = field(default_factory=list)


def _q(text: Any) -> str:
    return f'"{text}"'


def _short(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value) if not isinstance(value, list | dict) else ", ".join(map(str, value))
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def _signed(value: float | None) -> str:
    return "—" if value is None else f"{value:+g}"


def _field_text(name: str, old: Any, new: Any) -> str:
    if isinstance(old, dict) or isinstance(new, dict):
        keys = sorted(set(old or {}) | set(new or {}))
        parts = [
            f"{k} {_short((old or {}).get(k))} → {_short((new or {}).get(k))}"
            for k in keys
            if (old or {}).get(k) != (new or {}).get(k)
        ]
        return f"{name}: " + "; ".join(parts)
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > SHORT:
        return f"{name} changed"
    return f"{name} {_short(old)} → {_short(new)}"


class _Writer:
    def __init__(self, diff: MapDiff, found: Effects) -> None:
        self.diff, self.effects = diff, found
        self.old, self.new = diff.old, diff.new
        self.sections: dict[str | None, Section] = {}

    def name(self, kind: str, entity_id: str | None) -> str:
        if entity_id is None:
            return "(exit)"
        if entity_id in self.new.records[kind]:
            return self.new.name(kind, entity_id)
        return self.old.name(kind, entity_id)

    def section(self, stage: str | None) -> Section:
        if stage not in self.sections:
            title = f"Stage {_q(self.name('stage', stage))}" if stage else "Map"
            self.sections[stage] = Section(stage, title)
        return self.sections[stage]

    def add(self, stage: str | None, op: str, text: str, ident: str = "") -> None:
        self.section(stage).lines.append(Line(op, text, ident))

    def kind_name(self, change: Change) -> str:
        if change.kind == "annotation":
            record = change.record or self.new.records["annotation"].get(change.id) or {}
            return _KIND_NAMES.get(str(record.get("kind")), "note")
        return _KIND_NAMES.get(change.kind, change.kind)

    def flow_name(self, record: dict[str, Any], flat: Flat) -> str:
        source, target = record["source"], record["target"]
        to = flat.name("touchpoint", target) if target else "(exit)"
        return f"{_q(flat.name('touchpoint', source))} → {_q(to) if target else to}"

    def change(self, c: Change) -> None:
        what = self.kind_name(c)
        if c.kind == "map":
            for k, (old, new) in c.fields.items():
                self.add(None, "changed", f"map {_field_text(k, old, new)}")
            return
        if c.kind == "flow" and c.record is not None:
            flat = self.new if c.op == "added" else self.old
            label = f"flow {self.flow_name(c.record, flat)} ({c.record['kind']})"
            self.add(c.stage, c.op, f"{'added' if c.op == 'added' else 'removed'} {label}", c.id)
            return
        if c.op == "added":
            self.add(c.stage, "added", f"added {what} {_q(c.name)}", c.id)
            return
        if c.op == "removed":
            verb = "resolved" if what == "pain point" else "removed"
            self.add(c.stage, "removed", f"{verb} {what} {_q(c.name)}", c.id)
            return
        fields = dict(c.fields)
        label = c.name
        if "name" in fields or "text" in fields:
            old, new = fields.pop("name", None) or fields.pop("text")
            self.add(c.stage, "changed", f"renamed {what} {_q(old)} → {_q(new)}", c.id)
        if "stage" in fields:
            old_stage = fields.pop("stage")[0]
            self.add(
                c.stage, "moved",
                f"moved {what} {_q(label)} here from stage {_q(self.name('stage', old_stage))}",
                c.id,
            )  # fmt: skip
        if what == "pain point" and "severity" in fields:
            old, new = fields.pop("severity")
            self.add(c.stage, "changed", f"re-rated pain point {_q(label)}: {old} → {new}", c.id)
        rest = [_field_text(k, o, n) for k, (o, n) in fields.items() if k not in _SKIPPED_FIELDS]
        if c.kind == "flow":
            label = self.flow_name(self.new.records["flow"][c.id], self.new).replace('"', "")
        if rest:
            self.add(c.stage, "changed", f"changed {what} {_q(label)}: " + "; ".join(rest), c.id)

    def orders(self) -> None:
        for key in self.diff.reordered:
            if key == "stage":
                names = [self.name("stage", s) for s in self.new.records["stage"]]
                self.add(None, "moved", "reordered stages: " + " | ".join(names))
            elif key.startswith("touchpoint:"):
                stage = key.split(":", 1)[1]
                names = [self.name("touchpoint", t) for t in self.new.stage_tps(stage)]
                self.add(stage, "moved", "reordered touchpoints: " + " | ".join(names))
            else:
                names = [self.name(key, i) for i in self.new.records[key]]
                self.add(None, "moved", f"reordered {key}s: " + " | ".join(names))

    def emotions(self) -> None:
        for e in self.effects.emotions:
            persona = self.name("persona", e.persona)
            curve = "to-be emotion" if e.curve == "to_be" else "emotion"
            text = (
                f"{curve} of {persona} at {_q(self.name('touchpoint', e.touchpoint))}: "
                f"{_short(e.old)} → {_short(e.new)}"
            )
            if e.delta is not None:
                text += f" (Δ {_signed(e.delta)})"
            self.add(e.stage, "changed", text, e.touchpoint)

    def outcome(self) -> Section:
        found, out = self.effects, Section(None, "Effects")
        tp = "touchpoint"
        for ids, verb in (
            (found.dead_ends_added, "new dead end"),
            (found.dead_ends_fixed, "dead end fixed"),
            (found.unreachable_added, "now unreachable"),
            (found.unreachable_fixed, "reachable again"),
        ):
            for i in ids:
                out.lines.append(Line("info", f"{verb}: {_q(self.name(tp, i))}", i))
        for loops, verb in ((found.loops_added, "new loop"), (found.loops_removed, "loop gone")):
            for loop in loops:
                names = " → ".join(self.name(tp, i) for i in loop)
                out.lines.append(Line("info", f"{verb}: {names}"))
        for r in found.ranks:
            out.lines.append(Line(
                "info",
                f"pain point {_q(self.name('annotation', r.annotation))}: rank {r.old_rank} → "
                f"{r.new_rank}, votes {r.old_votes} → {r.new_votes}",
                r.annotation,
            ))  # fmt: skip
        return out

    def improvement(self) -> Section:
        out = Section(None, "Emotion per stage and persona; pains addressed")
        for m in self.effects.moods:
            if m.delta:
                out.lines.append(Line(
                    "added" if m.delta > 0 else "removed",
                    f"{self.name('persona', m.persona)} in {_q(self.name('stage', m.stage))}: "
                    f"{_short(m.old)} → {_short(m.new)} (Δ {_signed(m.delta)})",
                ))  # fmt: skip
        for i in self.effects.pains_addressed:
            out.lines.append(Line("added", f"pain addressed: {_q(self.old.name('annotation', i))}"))
        return out


def sections(diff: MapDiff, found: Effects | None = None) -> list[Section]:
    """The changes grouped: map-wide first, then stage by stage in the new order, then effects."""
    writer = _Writer(diff, found if found is not None else effects(diff))
    writer.section(None)
    for stage in diff.new.records["stage"]:
        writer.section(stage)
    for c in diff.changes:
        writer.change(c)
    writer.orders()
    writer.emotions()
    result = [s for s in writer.sections.values() if s.lines]
    return result + [s for s in (writer.outcome(), writer.improvement()) if s.lines]


def change_count(diff: MapDiff) -> int:
    return len(diff.changes) + len(diff.reordered)


def to_text(diff: MapDiff, old_name: str, new_name: str, found: Effects | None = None) -> str:
    head = f"{old_name} → {new_name}"
    if diff.empty:
        return f"{head}\nNo changes."
    marks = {"added": "+", "removed": "-", "changed": "~", "moved": ">", "info": "*"}
    lines = [head]
    for section in sections(diff, found):
        lines.append(f"\n{section.title}")
        lines += [f"  {marks.get(line.op, '*')} {line.text}" for line in section.lines]
    return "\n".join(lines)


def to_json(
    diff: MapDiff, old_name: str, new_name: str, found: Effects | None = None
) -> dict[str, Any]:
    found = found if found is not None else effects(diff)
    stage_names = {s: diff.new.name("stage", s) for s in diff.new.records["stage"]}
    return {
        "old": old_name,
        "new": new_name,
        "identical": diff.empty,
        "count": change_count(diff),
        "changes": [
            {
                **c.to_json(),
                "stage_name": stage_names.get(c.stage or "")
                or diff.old.name("stage", c.stage or ""),
            }
            if c.stage
            else c.to_json()
            for c in diff.changes
        ],
        "reordered": diff.reordered,
        "orders": diff.orders,
        "effects": found.to_json(),
        "sections": [
            {
                "stage": s.stage,
                "title": s.title,
                "lines": [{"op": ln.op, "text": ln.text, "id": ln.id} for ln in s.lines],
            }
            for s in sections(diff, found)
        ],
    }
