"""The change list in words, grouped by stage (CLI text, the compare picture's list) and as JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .changes import Change, MapDiff
from .effects import Effects, effects
from .flat import Flat
from .translate import Translator
from .words import Words

SHORT = 40
_SKIPPED_FIELDS = {"id", "emotions", "stage", "name", "text"}
_FLOW_FIELDS = {"kind", "source", "target"}
_ID_FIELDS = {"flow_source", "flow_target", "target", "replaces", "personas", "lanes", "stages"}


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


def language_of(diff: MapDiff) -> str:
    """The language the report speaks: the new version's."""
    return str(diff.new.settings.get("language") or "en")


class _Writer:
    def __init__(self, diff: MapDiff, found: Effects) -> None:
        self.diff, self.effects = diff, found
        self.old, self.new = diff.old, diff.new
        self.w = Words(language_of(diff))
        self.sections: dict[str | None, Section] = {}

    def short(self, value: Any, name: str = "") -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, list):
            return self.cut(", ".join(str(self.short(v, name)) for v in value))
        if isinstance(value, float | int) and not isinstance(value, bool):
            return self.w.number(value)
        return self.cut(str(self.w.value(name, value)))

    @staticmethod
    def cut(text: str) -> str:
        return text if len(text) <= SHORT else text[: SHORT - 1] + "…"

    def field_text(self, name: str, old: Any, new: Any) -> str:
        w = self.w
        label = w.field(name)
        if isinstance(old, dict) or isinstance(new, dict):
            before, after = old or {}, new or {}
            keys = sorted(set(before) | set(after))
            parts = [
                f"{self.dict_key(name, k)} {self.short(before.get(k))} → "
                f"{self.short(after.get(k))}"
                for k in keys
                if before.get(k) != after.get(k)
            ]
            return f"{label}: " + "; ".join(parts)
        if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > SHORT:
            return w("long_text", field=label)
        if name in _ID_FIELDS:
            old, new = self.any_name(old), self.any_name(new)
        return f"{label} {self.short(old, name)} → {self.short(new, name)}"

    def dict_key(self, name: str, key: str) -> str:
        if name == "cells":  # a lane's cells are keyed by stage
            return self.w.q(self.name("stage", key))
        return self.w.key(name, key)

    def any_name(self, entity_id: Any) -> Any:
        if isinstance(entity_id, list):
            return [self.any_name(i) for i in entity_id]
        if not isinstance(entity_id, str):
            return entity_id
        for flat in (self.new, self.old):
            kind = flat.kind_of(entity_id)
            if kind is not None:
                return flat.name(kind, entity_id)
        return entity_id

    def name(self, kind: str, entity_id: str | None) -> str:
        if entity_id is None:
            return self.w("exit")
        if entity_id in self.new.records[kind]:
            return self.new.name(kind, entity_id)
        return self.old.name(kind, entity_id)

    def section(self, stage: str | None) -> Section:
        if stage not in self.sections:
            w = self.w
            title = w("stage_head", name=w.q(self.name("stage", stage))) if stage else w("map_head")
            self.sections[stage] = Section(stage, title)
        return self.sections[stage]

    def add(self, stage: str | None, op: str, text: str, ident: str = "") -> None:
        self.section(stage).lines.append(Line(op, text, ident))

    def kind_of(self, change: Change) -> str:
        if change.kind == "annotation":
            record = change.record or self.new.records["annotation"].get(change.id) or {}
            kind = str(record.get("kind"))
            return kind if kind in ("pain_point", "opportunity") else "note"
        return change.kind

    def flow_name(self, record: dict[str, Any], flat: Flat, quoted: bool = True) -> str:
        source, target = record["source"], record["target"]
        q = self.w.q if quoted else str
        to = q(flat.name("touchpoint", target)) if target else self.w("exit")
        return f"{q(flat.name('touchpoint', source))} → {to}"

    def map_change(self, name: str, old: Any, new: Any) -> None:
        w = self.w
        if name == "voting":
            was = bool(old and old.get("active"))
            now = bool(new and new.get("active"))
            key = "voting_started" if now and not was else "voting_ended" if was and not now else (
                "voting_changed"
            )
            self.add(None, "changed", w(key))
            return
        self.add(None, "changed", w("map_field", change=self.field_text(name, old, new)))

    def change(self, c: Change) -> None:
        w, kind = self.w, self.kind_of(c)
        what = w.noun(kind)
        if c.kind == "map":
            for k, (old, new) in c.fields.items():
                self.map_change(k, old, new)
            return
        if c.kind == "flow" and c.record is not None:
            flat = self.new if c.op == "added" else self.old
            flow_kind = w.value("flow_kind", c.record["kind"])
            label = f"{self.flow_name(c.record, flat)} ({flow_kind})"
            self.add(c.stage, c.op, w("entity", verb=w.verb(c.op, kind), what=what, name=label),
                     c.id)  # fmt: skip
            return
        if c.op == "added":
            self.add(c.stage, "added", w("entity", verb=w.verb("added", kind), what=what,
                                         name=w.q(c.name)), c.id)  # fmt: skip
            return
        if c.op == "removed":
            text = (
                w("resolved", name=w.q(c.name))
                if kind == "pain_point"
                else w("entity", verb=w.verb("removed", kind), what=what, name=w.q(c.name))
            )
            self.add(c.stage, "removed", text, c.id)
            return
        fields = dict(c.fields)
        label = w.q(c.name)
        if "name" in fields or "text" in fields:
            old, new = fields.pop("name", None) or fields.pop("text")
            self.add(c.stage, "changed", w("renamed", verb=w.verb("renamed", kind), what=what,
                                           old=w.q(old), new=w.q(new)), c.id)  # fmt: skip
        if "stage" in fields:
            old_stage = fields.pop("stage")[0]
            stage = w.q(self.name("stage", old_stage))
            self.add(c.stage, "moved", w("moved", verb=w.verb("moved", kind), what=what,
                                         name=label, stage=stage), c.id)  # fmt: skip
        if kind == "pain_point" and "severity" in fields:
            old, new = fields.pop("severity")
            self.add(c.stage, "changed", w("rerated", name=label, old=old, new=new), c.id)
        if c.kind == "flow":
            fields = {(f"flow_{k}" if k in _FLOW_FIELDS else k): v for k, v in fields.items()}
            label = self.flow_name(self.new.records["flow"][c.id], self.new, quoted=False)
        rest = [self.field_text(k, o, n) for k, (o, n) in fields.items()
                if k not in _SKIPPED_FIELDS]  # fmt: skip
        if rest:
            self.add(c.stage, "changed", w("changed", verb=w.verb("changed", kind), what=what,
                                           name=label, fields="; ".join(rest)), c.id)  # fmt: skip

    def orders(self) -> None:
        w = self.w
        for key in self.diff.reordered:
            if key == "stage":
                names = [self.name("stage", s) for s in self.new.records["stage"]]
                self.add(None, "moved", w("reordered_stage", names=" | ".join(names)))
            elif key.startswith("touchpoint:"):
                stage = key.split(":", 1)[1]
                names = [self.name("touchpoint", t) for t in self.new.stage_tps(stage)]
                self.add(stage, "moved", w("reordered_touchpoint", names=" | ".join(names)))
            else:
                names = [self.name(key, i) for i in self.new.records[key]]
                self.add(None, "moved", w(f"reordered_{key}", names=" | ".join(names)))

    def emotions(self) -> None:
        w = self.w
        for e in self.effects.emotions:
            text = w(
                "emotion_to_be" if e.curve == "to_be" else "emotion",
                who=w.q(self.name("persona", e.persona)),
                spot=w.q(self.name("touchpoint", e.touchpoint)),
                old=self.short(e.old), new=self.short(e.new),
            )  # fmt: skip
            if e.delta is not None:
                text += f" ({w('delta', delta=w.signed(e.delta))})"
            self.add(e.stage, "changed", text, e.touchpoint)

    def outcome(self) -> Section:
        w = self.w
        found, out = self.effects, Section(None, w("effects_head"))
        tp = "touchpoint"
        for ids, key in (
            (found.dead_ends_added, "dead_end_added"),
            (found.dead_ends_fixed, "dead_end_fixed"),
            (found.unreachable_added, "unreachable_added"),
            (found.unreachable_fixed, "unreachable_fixed"),
        ):
            for i in ids:
                out.lines.append(Line("info", w(key, name=w.q(self.name(tp, i))), i))
        loops_found = ((found.loops_added, "loop_added"), (found.loops_removed, "loop_removed"))
        for loops, key in loops_found:
            for loop in loops:
                names = " → ".join(self.name(tp, i) for i in loop)
                out.lines.append(Line("info", w(key, names=names)))
        for r in found.ranks:
            key = "rank" if r.old_rank != r.new_rank and r.old_votes != r.new_votes else (
                "rank_only" if r.old_rank != r.new_rank else "votes_only"
            )
            text = w(
                key, name=w.q(self.name("annotation", r.annotation)), old_rank=r.old_rank,
                new_rank=r.new_rank, old_votes=r.old_votes, new_votes=r.new_votes,
            )  # fmt: skip
            out.lines.append(Line("info", text, r.annotation))
        return out

    def improvement(self) -> Section:
        w = self.w
        out = Section(None, w("improvement_head"))
        for m in self.effects.moods:
            if m.delta:
                text = w(
                    "mood", who=w.q(self.name("persona", m.persona)),
                    stage=w.q(self.name("stage", m.stage)), old=self.short(m.old),
                    new=self.short(m.new),
                )  # fmt: skip
                text += f" ({w('delta', delta=w.signed(m.delta))})"
                out.lines.append(Line("added" if m.delta > 0 else "removed", text))
        for i in self.effects.pains_addressed:
            name = w.q(self.old.name("annotation", i))
            out.lines.append(Line("added", w("pain_addressed", name=name)))
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
    words = Words(language_of(diff))
    head = f"{old_name} → {new_name}"
    if diff.empty:
        return f"{head}\n{words('no_changes')}"
    marks = {"added": "+", "removed": "-", "changed": "~", "moved": ">", "info": "*"}
    lines = [head, words.count(change_count(diff))]
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
        "ids": Translator.of(diff.matching).ids,  # old id → new id where they differ
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
