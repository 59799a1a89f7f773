"""Writing a map as a Mermaid ``journey`` (the rules are documented in ``io.mermaid``)."""

from __future__ import annotations

import math
import re

from ..model import EmotionScale, FlowKind, JourneyMap, LaneKind, Persona, Touchpoint
from .import_common import chosen_personas

_KEYWORD_START = re.compile(r"(?:journey|title|section|acctitle|accdescr)\b|%", re.IGNORECASE)
_BREAK = re.compile(r"</?br\s*/?>", re.IGNORECASE)
_CODES = {"#": "#35;", ":": "#58;", ";": "#59;"}


def _code(char: str) -> str:
    return f"#{ord(char)};"


def escape_name(
    text: str, *, breaks: bool = True, commas: bool = False, keywords: bool = True
) -> str:
    """``text`` made safe for one Mermaid name (the inverse of ``read_mermaid``'s decoding)."""
    text = text.strip()
    out = "".join(_CODES.get(c, c) for c in text)
    out = _BREAK.sub(lambda m: _code("<") + m.group(0)[1:], out)
    if commas:
        out = out.replace(",", _code(","))
    out = re.sub(r"\s*\n\s*", "<br>" if breaks else " ", out)
    out = re.sub(r"[\r\t\f\v]", " ", out)
    if keywords and _KEYWORD_START.match(out):
        out = _code(out[0]) + out[1:]
    return out


def emotion_to_score(value: float, scale: EmotionScale) -> int:
    """The Mermaid score 1…5 for an emotion on ``scale``: linear, rounded half up, clamped."""
    exact = 1 + (value - scale.minimum) * 4 / (scale.maximum - scale.minimum)
    return max(1, min(5, math.floor(exact + 0.5)))


def _task(tp: Touchpoint, people: list[Persona], scale: EmotionScale) -> tuple[str, bool, bool]:
    """The task line of a touchpoint; whether it had no emotion; whether personas disagreed."""
    values: list[float] = []
    actors: list[str] = []
    for person in people:
        emotion = tp.emotions.get(person.id)
        if emotion is not None and emotion.as_is is not None:
            values.append(emotion.as_is)
            actors.append(escape_name(person.name, breaks=False, commas=True, keywords=False))
    if not values:
        return f"{escape_name(tp.name)}: 3", True, False
    score = emotion_to_score(sum(values) / len(values), scale)
    differ = len({emotion_to_score(v, scale) for v in values}) > 1
    return f"{escape_name(tp.name)}: {score}: {', '.join(actors)}", False, differ


def write_mermaid(journey: JourneyMap, persona: str | None = None) -> tuple[str, list[str]]:
    """Mermaid text of ``journey`` and at most one note line on what Mermaid could not hold."""
    people = chosen_personas(journey, persona)
    scale = journey.emotion_scale
    lines = ["journey", f"    title {escape_name(journey.title, breaks=False, keywords=False)}"]
    lines.extend(_description(journey.description))
    blank = differ = 0
    for stage in journey.stages():
        lines.append(f"    section {escape_name(stage.name)}")
        for tp in journey.touchpoints(stage.id):
            line, no_emotion, disagree = _task(tp, people, scale)
            lines.append(f"      {line}")
            blank += no_emotion
            differ += disagree
    return "\n".join(lines) + "\n", _notes(journey, people, blank, differ)


def _description(text: str) -> list[str]:
    """``accDescr`` lines: one line, or a ``{ … }`` block when the text has line breaks."""
    rows = [
        "".join(_CODES.get(c, c) for c in row.strip()).replace("}", _code("}"))
        for row in text.strip().splitlines()
    ]
    rows = [row for row in rows if row]
    if len(rows) <= 1:
        return [f"    accDescr: {row}" for row in rows]
    return ["    accDescr {", *(f"      {row}" for row in rows), "    }"]


def _notes(journey: JourneyMap, people: list[Persona], blank: int, differ: int) -> list[str]:
    dropped: list[str] = []
    annotations = journey.annotations()
    pains = sum(1 for a in annotations if a.kind.value == "pain_point")
    if pains:
        dropped.append(f"{pains} pain point{'s' if pains > 1 else ''}")
    chances = len(annotations) - pains
    if chances:
        dropped.append(f"{chances} opportunit{'ies' if chances > 1 else 'y'}")
    other = sum(1 for f in journey.flows() if f.kind is not FlowKind.MAIN)
    if other:
        dropped.append(f"{other} non-main flow{'s' if other > 1 else ''}")
    if any(lane.cells for lane in journey.lanes() if lane.kind is LaneKind.TEXT):
        dropped.append("lane text")
    tps = journey.touchpoints()
    if any(e.to_be is not None for tp in tps for e in tp.emotions.values()):
        dropped.append("to-be emotions")
    used = {pid for tp in tps for pid, e in tp.emotions.items() if e.as_is is not None}
    silent = [p.name for p in people if p.id not in used]
    if silent:
        dropped.append(f"persona{'s' if len(silent) > 1 else ''} without emotions")
    parts = [f"Mermaid leaves out {', '.join(dropped)}"] if dropped else []
    if blank:
        parts.append(f"{blank} touchpoint(s) without emotions written as score 3")
    if differ:
        parts.append(f"{differ} score(s) averaged over personas")
    return ["; ".join(parts)] if parts else []
