"""The spreadsheet tables of a map, headed in the map's language: journey, pains, metrics.

* Journey: one row per touchpoint × persona (emotion as is and to be, channel and every
  detail of the card), a row for each stage without touchpoints;
* Pains & opportunities: stage, touchpoint, kind, text, severity, votes, owner, evidence,
  the worst (severity × votes, then severity) first, ready to paste into a tracker;
* Metrics: one row per touchpoint with metrics, a column per metric;
* Room ratings: the crowd emotion curve, a row per rated stage (average, spread ±1σ, answers).
"""

from __future__ import annotations

from ..model import AnnotationKind, EntityKind, JourneyMap, Metric, Persona
from ..model.crowd import crowd_points
from ..words.fields import evidence_labels, field_labels
from ..words.labels import channel_names, metric_names
from .import_common import chosen_personas
from .table_map import Cell

TABLES = ("journey", "pains", "crowd")  # the tables a CSV export can hold

JOURNEY_FIELDS = (
    "stage", "touchpoint", "channel", "persona", "emotion", "to_be", "description", "need",
    "tools", "owner", "evidence",
)  # fmt: skip
PAIN_FIELDS = ("stage", "touchpoint", "kind", "text", "severity", "votes", "owner", "evidence")
SHEET_NAMES: dict[str, tuple[str, str, str]] = {
    "en": ("Journey", "Pains & opportunities", "Metrics"),
    "ru": ("Путь клиента", "Болевые точки и возможности", "Метрики"),
    "uk": ("Шлях клієнта", "Больові точки й можливості", "Показники"),
    "lv": ("Klienta ceļojums", "Sāpju punkti un iespējas", "Rādītāji"),
}
CROWD_SHEET = {  # the room's ratings, a fourth sheet when the map has any
    "en": "Room ratings", "ru": "Оценки комнаты", "uk": "Оцінки кімнати", "lv": "Telpas vērtējumi",
}  # fmt: skip
CROWD_FIELDS = ("stage", "crowd_mean", "crowd_low", "crowd_high", "answers")
Table = tuple[list[str], list[list[Cell]]]


def sheet_names(language: str) -> tuple[str, str, str]:
    return SHEET_NAMES.get(language, SHEET_NAMES["en"])


def journey_table(journey: JourneyMap, persona: str | None = None) -> Table:
    """The Journey sheet: a row per touchpoint and persona, so a persona filter keeps all."""
    language = journey.language.value
    labels, channels = field_labels(language), channel_names(language)
    evidence = evidence_labels(language)
    people = chosen_personas(journey, persona)
    note_names = list(dict.fromkeys(k for tp in journey.touchpoints() for k in tp.notes))
    header = [labels[key] for key in JOURNEY_FIELDS] + note_names
    rows: list[list[Cell]] = []
    for stage in journey.stages():
        cards = journey.touchpoints(stage.id)
        if not cards:
            empty: list[Cell] = [stage.name, *([""] * (len(header) - 1))]
            rows.append(empty)
        for tp in cards:
            details: list[Cell] = [
                tp.description, tp.need, tp.tools, tp.owner,
                evidence[tp.evidence] if tp.evidence else "",
            ]  # fmt: skip
            notes: list[Cell] = [tp.notes.get(n, "") for n in note_names]
            chosen: list[Persona | None] = [*people] or [None]
            for who in chosen:
                emotion = tp.emotions.get(who.id) if who else None
                feel: list[Cell] = [
                    "" if emotion is None or emotion.as_is is None else emotion.as_is,
                    "" if emotion is None or emotion.to_be is None else emotion.to_be,
                ]
                name = who.name if who else ""
                rows.append(
                    [stage.name, tp.name, channels[tp.channel], name, *feel, *details, *notes]
                )
    return header, rows


def pains_table(journey: JourneyMap) -> Table:
    """Every pain point and opportunity, worst first: severity × votes, then severity."""
    language = journey.language.value
    labels, evidence = field_labels(language), evidence_labels(language)
    header = [labels[key] for key in PAIN_FIELDS]
    ranked = []
    for order, note in enumerate(journey.annotations()):
        votes = journey.shown_votes(note.id)
        ranked.append((-(note.severity * votes), -note.severity, order, note, votes))
    ranked.sort(key=lambda item: item[:3])
    rows: list[list[Cell]] = []
    for *_key, note, votes in ranked:
        target = note.target
        if journey.kind_of(target) is EntityKind.TOUCHPOINT:
            tp = journey.touchpoint(target)
            stage, card = journey.stage(tp.stage_id).name, tp.name
        else:
            stage, card = journey.stage(target).name, ""
        kind = labels["pain_point" if note.kind is AnnotationKind.PAIN_POINT else "opportunity"]
        proof = evidence[note.evidence] if note.evidence else ""
        rows.append([stage, card, kind, note.text, note.severity, votes, note.owner, proof])
    return header, rows


def metrics_table(journey: JourneyMap) -> Table:
    """A row per touchpoint that has metrics, a column per metric, in the map's language."""
    language = journey.language.value
    labels, names = field_labels(language), metric_names(language)
    keys = [m.value for m in Metric]
    extra = list(
        dict.fromkeys(k for tp in journey.touchpoints() for k in tp.metrics if k not in keys)
    )
    header = [labels["stage"], labels["touchpoint"], *(names.get(k, k) for k in keys + extra)]
    rows: list[list[Cell]] = []
    for tp in journey.touchpoints():
        if tp.metrics:
            values: list[Cell] = [tp.metrics.get(k, "") for k in keys + extra]
            rows.append([journey.stage(tp.stage_id).name, tp.name, *values])
    return header, rows


def crowd_table(journey: JourneyMap) -> Table:
    """The room's crowd emotion curve as numbers: per rated stage the average rating, the
    spread band it is drawn with (±1σ, kept within the answers) and how many answered."""
    labels = field_labels(journey.language.value)
    header = [labels[key] for key in CROWD_FIELDS]
    stages = journey.stages()
    names = {stage.id: stage.name for stage in stages}
    rows: list[list[Cell]] = [
        [names[p.stage_id], round(p.mean, 2), round(p.low, 2), round(p.high, 2), p.count]
        for p in crowd_points(journey.crowd, [stage.id for stage in stages])
    ]
    return header, rows
