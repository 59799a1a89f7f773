"""Writing a map as a Mermaid ``journey`` (the rules are documented in ``io.mermaid``)."""

from __future__ import annotations

import math
import re

from ..model import EmotionScale, FlowKind, JourneyMap, LaneKind, Persona, Touchpoint
from ..model.crowd import CrowdPoint, crowd_points
from .import_common import chosen_personas

_KEYWORD_START = re.compile(r"(?:journey|title|section|acctitle|accdescr)\b|%", re.IGNORECASE)
_BREAK = re.compile(r"</?br\s*/?>", re.IGNORECASE)
_CODES = {"#": "#35;", ":": "#58;", ";": "#59;"}


def _code(char: str) -> str:
    return f"#{ord(char)};"


def escape_name(
    text: str, *, breaks: bool = False, commas: bool = False, keywords: bool = True
) -> str:
    """``text`` made safe for one Mermaid name (the inverse of ``read_mermaid``'s decoding).

    Line breaks become spaces (the journey diagram prints ``<br>`` literally) unless
    ``breaks``; names are never shortened (mermaid wraps them itself).
    """
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


def _task(
    tp: Touchpoint, scorer: Persona, people: list[Persona], scale: EmotionScale
) -> tuple[str, bool]:
    """The task line of a touchpoint (``scorer``'s score; as actors the ``people`` who feel
    something there); whether ``scorer`` had no emotion there."""
    actors = [
        escape_name(person.name, commas=True, keywords=False)
        for person in people
        if (emotion := tp.emotions.get(person.id)) is not None and emotion.as_is is not None
    ]
    own = tp.emotions.get(scorer.id)
    if own is None or own.as_is is None:
        return f"{escape_name(tp.name)}: 3", True
    score = emotion_to_score(own.as_is, scale)
    return f"{escape_name(tp.name)}: {score}: {', '.join(actors)}", False


def write_mermaid(journey: JourneyMap, persona: str | None = None) -> tuple[str, list[str]]:
    """Mermaid text of ``journey`` and at most one note line on what Mermaid could not hold."""
    people = chosen_personas(journey, persona)
    scale = journey.emotion_scale
    lines = ["journey", f"    title {escape_name(journey.title, keywords=False)}"]
    if people:
        # one score per task: the named persona's, else the first persona's (never an average)
        lines.append(f"    %% scores: {_comment(people[0].name)} (as is)")
    lines.extend(_description(journey.description))
    blank = 0
    crowd = {p.stage_id: p for p in crowd_points(journey.crowd, [s.id for s in journey.stages()])}
    if crowd:  # Mermaid scores tasks, not stages: the crowd curve rides along as comments
        lines.append("    %% room: the crowd curve, average rating per stage (spread ±1σ)")
    for stage in journey.stages():
        lines.append(f"    section {escape_name(stage.name)}")
        if stage.id in crowd:
            lines.append(f"      {_crowd_comment(crowd[stage.id])}")
        for tp in journey.touchpoints(stage.id):
            if people:
                line, no_emotion = _task(tp, people[0], people, scale)
            else:
                line, no_emotion = f"{escape_name(tp.name)}: 3", True
            lines.append(f"      {line}")
            blank += no_emotion
    scored = None
    if people and persona is None and _others_differ(journey, people, scale):
        scored = people[0].name
    return "\n".join(lines) + "\n", _notes(journey, people, blank, scored)


def _others_differ(journey: JourneyMap, people: list[Persona], scale: EmotionScale) -> bool:
    """Whether another persona's score differs from the first one's anywhere."""
    for tp in journey.touchpoints():
        scores = {
            emotion_to_score(e.as_is, scale)
            for p in people
            if (e := tp.emotions.get(p.id)) is not None and e.as_is is not None
        }
        if len(scores) > 1:
            return True
    return False


def _crowd_comment(point: CrowdPoint) -> str:
    """``%% room: -1.25 (spread -2 … -0.5), 4 answers``: one stage of the crowd curve."""
    mean, low, high = (f"{round(v, 2):g}" for v in (point.mean, point.low, point.high))
    answers = f"{point.count} answer{'s' if point.count != 1 else ''}"
    return f"%% room: {mean} (spread {low} … {high}), {answers}"


def _comment(text: str) -> str:
    return " ".join(text.split())


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


def _notes(journey: JourneyMap, people: list[Persona], blank: int, scored: str | None) -> list[str]:
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
    if scored is not None:
        parts.append(f"scores are {scored}'s (the first persona; --persona picks another)")
    return ["; ".join(parts)] if parts else []
