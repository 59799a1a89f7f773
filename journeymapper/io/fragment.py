"""The clipboard fragment: copied touchpoints with their notes, emotions and flows as JSON (no Qt).

Persona emotions travel by persona name so a fragment pastes into another map; on paste
every entity gets a fresh id, cards keep their relative stages, and emotions of personas
the target map lacks (or values outside its scale) are left out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..model import Emotion, JourneyMap, ModelError, Removal, Touchpoint
from ..model.messages import msg, quoted
from ..model.record import field_names

MIME_TYPE = "application/x-journeymapper-fragment"
FORMAT = "journeymapper-fragment"
VERSION = 1
_SKIPPED = {"id", "stage_id", "emotions"}
_TP_FIELDS = [name for name in field_names(Touchpoint) if name not in _SKIPPED]


@dataclass(frozen=True)
class Fragment:
    """Copied cards: JSON-ready dicts that refer to each other by position, not by id."""

    touchpoints: list[dict[str, Any]]
    annotations: list[dict[str, Any]]
    flows: list[dict[str, Any]]

    @property
    def is_empty(self) -> bool:
        return not self.touchpoints


def copy_fragment(journey: JourneyMap, tp_ids: list[str]) -> Fragment:
    """The given touchpoints (in map order), their annotations and the flows among them."""
    wanted = set(tp_ids)
    chosen = [tp for tp in journey.touchpoints() if tp.id in wanted]
    position = {tp.id: i for i, tp in enumerate(chosen)}
    stage_order = [s.id for s in journey.stages()]
    first = min((stage_order.index(tp.stage_id) for tp in chosen), default=0)
    names = {p.id: p.name for p in journey.personas()}
    cards = []
    for tp in chosen:
        card: dict[str, Any] = {name: _plain(getattr(tp, name)) for name in _TP_FIELDS}
        card["stage_offset"] = stage_order.index(tp.stage_id) - first
        card["emotions"] = {
            names[pid]: [e.as_is, e.to_be] for pid, e in tp.emotions.items() if pid in names
        }
        cards.append(card)
    notes = [
        {
            "target": position[note.target],
            "kind": note.kind.value,
            "text": note.text,
            "severity": note.severity,
            "owner": note.owner,
            "evidence": _plain(note.evidence),
            "votes": note.votes,
        }
        for note in journey.annotations()
        if note.target in position
    ]
    flows = [
        {
            "source": position[flow.source],
            "target": None if flow.target is None else position[flow.target],
            "kind": flow.kind.value,
            "label": flow.label,
            "percent": flow.percent,
        }
        for flow in journey.flows()
        if flow.source in position and (flow.target is None or flow.target in position)
    ]
    return Fragment(cards, notes, flows)


def _plain(value: Any) -> Any:
    if isinstance(value, dict) or hasattr(value, "items"):
        return dict(value)
    return value


def dumps_fragment(fragment: Fragment) -> str:
    """The fragment as JSON text for the clipboard."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "touchpoints": fragment.touchpoints,
        "annotations": fragment.annotations,
        "flows": fragment.flows,
    }
    return json.dumps(data, ensure_ascii=False)


def loads_fragment(text: str) -> Fragment:
    """Parse clipboard text; ModelError with a readable message when it is not a fragment."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ModelError(msg("clipboard.not_cards_because", exc)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(msg("clipboard.not_cards"))
    if data.get("version") != VERSION:
        raise ModelError(msg("clipboard.newer", data.get("version")))
    parts = [data.get(key) for key in ("touchpoints", "annotations", "flows")]
    if not all(isinstance(part, list) and all(isinstance(x, dict) for x in part) for part in parts):
        raise ModelError(msg("clipboard.damaged"))
    return Fragment(*parts)  # type: ignore[arg-type]


def _emotions(journey: JourneyMap, by_name: Any) -> dict[str, Any]:
    personas = {p.name: p.id for p in journey.personas()}
    scale = journey.emotion_scale
    result: dict[str, Any] = {}
    if not isinstance(by_name, dict):
        return result
    for name, pair in by_name.items():
        if name not in personas or not isinstance(pair, list) or len(pair) != 2:
            continue
        values = [v if isinstance(v, int | float) and scale.contains(v) else None for v in pair]
        if values != [None, None]:
            result[personas[name]] = {"as_is": values[0], "to_be": values[1]}
    return result


def insert_fragment(journey: JourneyMap, fragment: Fragment, stage_id: str) -> list[str]:
    """Add the fragment's cards from ``stage_id`` on with fresh ids; the new ids in order.

    All or nothing: a ModelError removes what was already added and propagates.
    """
    stage_ids = [s.id for s in journey.stages()]
    if stage_id not in stage_ids:
        raise ModelError(msg("stage.missing", quoted(stage_id)))
    start = stage_ids.index(stage_id)
    created: list[str] = []
    try:
        tp_ids: list[str] = []
        for card in fragment.touchpoints:
            values = {k: v for k, v in card.items() if k in _TP_FIELDS}
            offset = card.get("stage_offset", 0)
            offset = offset if isinstance(offset, int) else 0
            target = stage_ids[max(0, min(start + offset, len(stage_ids) - 1))]
            emotions = {
                pid: Emotion(e["as_is"], e["to_be"])
                for pid, e in _emotions(journey, card.get("emotions")).items()
            }
            values.setdefault("name", "")
            tp = journey.add_touchpoint(target, emotions=emotions, **values)
            tp_ids.append(tp.id)
            created.append(tp.id)
        for note in fragment.annotations:
            fields_ = dict(note)
            fields_["target"] = tp_ids[int(fields_["target"])]
            created.append(journey.add_annotation(**fields_).id)
        for flow in fragment.flows:
            fields_ = dict(flow)
            fields_["source"] = tp_ids[int(fields_["source"])]
            if fields_.get("target") is not None:
                fields_["target"] = tp_ids[int(fields_["target"])]
            created.append(journey.add_flow(**fields_).id)
    except (ModelError, KeyError, IndexError, TypeError, ValueError) as exc:
        remove_all(journey, created)
        if isinstance(exc, ModelError):
            raise
        raise ModelError(msg("clipboard.damaged_because", exc)) from None
    return created


def remove_all(journey: JourneyMap, ids: list[str]) -> list[Removal]:
    """Remove ``ids`` newest first (skipping ones already gone); the removals in that order."""
    removals = []
    for entity_id in reversed(ids):
        if journey.kind_of(entity_id) is not None:
            removals.append(journey.remove(entity_id))
    return removals
