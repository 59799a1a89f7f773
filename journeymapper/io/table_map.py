"""Journey table rows ⇄ maps, shared by the CSV and XLSX formats (and spreadsheet paste).

Reading: stages and touchpoints in order of first appearance; rows with the same stage and
touchpoint describe one touchpoint (one persona's emotion each, more pains, more
opportunities); a row without a touchpoint describes its stage (pains and opportunities on
the stage itself); a row with only a persona declares that persona. An emotion without a
persona belongs to a default persona. The touchpoints are chained by main flows in order.
Emotions are numbers on the map's scale (default −2…+2); ``0,5`` is read as 0.5.

Writing is the inverse: every row names its stage and touchpoint, personas without
emotions and a persona order that the rows would not show come first as persona-only rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..export.field_labels import evidence_of
from ..model import AnnotationKind, Channel, Emotion, Evidence, JourneyMap, ModelError
from ..render.words import CHANNEL_NAMES
from .errors import MapFileError
from .import_common import (
    DEFAULT_PERSONA,
    chosen_personas,
    format_number,
    guess_language,
    new_import_map,
    parse_number,
    persona_style,
)
from .table_rows import COLUMNS, DETAILS, TableRow, column_key

Cell = str | int | float
_CHANNELS = ", ".join(c.value for c in Channel)
# channel names as the exports of every language write them ("сайт", "tīmeklis" …)
_CHANNEL_NAMES = {
    name.casefold(): channel for table in CHANNEL_NAMES.values() for channel, name in table.items()
}


@dataclass
class _Card:
    stage: str
    name: str
    row: int
    channel: Channel | None = None
    emotions: dict[str, tuple[float, int]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    pains: list[str] = field(default_factory=list)
    chances: list[str] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)
    to_be: dict[str, tuple[float, int]] = field(default_factory=dict)


@dataclass
class _Collector:
    source: str
    default_persona: str
    # stage name -> (its pains, its opportunities, the row it first appears in)
    stage_notes: dict[str, tuple[list[str], list[str], int]] = field(default_factory=dict)
    cards: dict[tuple[str, str], _Card] = field(default_factory=dict)
    personas: dict[str, int] = field(default_factory=dict)  # persona name -> first row

    def fail(self, row: int, column: str, message: str) -> MapFileError:
        return MapFileError(self.source, message, f"row {row}, column {column}")

    def add(self, row: TableRow, stage: str) -> None:
        if row.persona:
            self.personas.setdefault(row.persona, row.number)
        if stage and stage not in self.stage_notes:
            self.stage_notes[stage] = ([], [], row.number)
        if not row.touchpoint:
            self._stage_row(row, stage)
            return
        if not stage:
            raise self.fail(row.number, "stage", "the first touchpoint needs a stage")
        card = self.cards.setdefault(
            (stage, row.touchpoint), _Card(stage, row.touchpoint, row.number)
        )
        self._channel(card, row)
        self._emotion(card, row)
        self._details(card, row)
        for name, text in row.notes.items():
            if card.notes.setdefault(name, text) != text:
                raise self.fail(
                    row.number, name, f"differs from row {card.row} for this touchpoint"
                )
        _append_new(card.pains, row.pain_point)
        _append_new(card.chances, row.opportunity)

    def _stage_row(self, row: TableRow, stage: str) -> None:
        for column in ("channel", "emotion"):
            if getattr(row, column):
                raise self.fail(row.number, column, f"a {column} needs a touchpoint in this row")
        if row.notes:
            name = next(iter(row.notes))
            raise self.fail(row.number, name, "a note needs a touchpoint in this row")
        if (row.pain_point or row.opportunity) and not stage:
            column = "pain_point" if row.pain_point else "opportunity"
            raise self.fail(row.number, column, "needs a stage or a touchpoint in this row")
        if stage:
            pains, chances, _first = self.stage_notes[stage]
            _append_new(pains, row.pain_point)
            _append_new(chances, row.opportunity)

    def _channel(self, card: _Card, row: TableRow) -> None:
        if not row.channel:
            return
        try:
            channel = _CHANNEL_NAMES.get(row.channel.strip().casefold()) or Channel(
                row.channel.lower()
            )
        except ValueError:
            message = f"{row.channel[:40]!r} is not a channel (use one of {_CHANNELS})"
            raise self.fail(row.number, "channel", message) from None
        if card.channel is not None and card.channel is not channel:
            message = f"{channel.value} differs from {card.channel.value} in row {card.row}"
            raise self.fail(row.number, "channel", message)
        card.channel = channel

    def _details(self, card: _Card, row: TableRow) -> None:
        for name, text in row.details.items():
            if name == "to_be":
                self._to_be(card, row, text)
            elif name in DETAILS:
                if name == "evidence" and evidence_of(text) is None:
                    choices = ", ".join(e.value for e in Evidence)
                    message = f"{text[:40]!r} is not an evidence (use one of {choices})"
                    raise self.fail(row.number, name, message)
                if card.details.setdefault(name, text) != text:
                    raise self.fail(
                        row.number, name, f"differs from row {card.row} for this touchpoint"
                    )

    def _to_be(self, card: _Card, row: TableRow, text: str) -> None:
        value = parse_number(text, decimal_comma=True)
        if value is None:
            raise self.fail(row.number, "to_be", f"{text[:20]!r} is not a number")
        persona = row.persona or self.default_persona
        self.personas.setdefault(persona, row.number)
        old = card.to_be.setdefault(persona, (value, row.number))
        if old[0] != value:
            message = f"{persona} already has {format_number(old[0])} here in row {old[1]}"
            raise self.fail(row.number, "to_be", message)

    def _emotion(self, card: _Card, row: TableRow) -> None:
        if not row.emotion:
            return
        value = parse_number(row.emotion, decimal_comma=True)
        if value is None:
            raise self.fail(row.number, "emotion", f"{row.emotion[:20]!r} is not a number")
        persona = row.persona or self.default_persona
        self.personas.setdefault(persona, row.number)
        old = card.emotions.setdefault(persona, (value, row.number))
        if old[0] != value:
            message = f"{persona} already has {format_number(old[0])} here in row {old[1]}"
            raise self.fail(row.number, "emotion", message)


def _append_new(items: list[str], text: str) -> None:
    if text and text not in items:
        items.append(text)


def map_from_rows(rows: Sequence[TableRow], source: str, title: str) -> JourneyMap:
    """A map from table rows; MapFileError naming the row and column of the first problem."""
    sample = " ".join(f"{r.stage} {r.touchpoint} {r.pain_point}" for r in rows[:2000])
    language = guess_language(sample)
    collector = _Collector(source, DEFAULT_PERSONA[language.value])
    stage = ""
    for row in rows:
        stage = row.stage or stage
        collector.add(row, stage)
    journey = new_import_map(title, language)
    people = _add_personas(journey, collector)
    stage_ids = _add_stages(journey, collector)
    scale = journey.emotion_scale
    for card in collector.cards.values():
        for value, number in (*card.emotions.values(), *card.to_be.values()):
            if not scale.contains(value):
                message = f"{format_number(value)} is outside the emotion scale "
                message += f"{scale.minimum}..{scale.maximum}"
                raise collector.fail(number, "emotion", message)
        try:
            tp = journey.add_touchpoint(
                stage_ids[card.stage],
                card.name,
                channel=card.channel or Channel.OTHER,
                emotions=_emotions(card, people),
                notes=card.notes,
                **_detail_fields(card),
            )
            _add_notes(journey, tp.id, card.pains, card.chances)
        except ModelError as exc:
            raise collector.fail(card.row, "touchpoint", str(exc)) from None
    order = journey.touchpoints()
    for before, after in zip(order, order[1:], strict=False):
        journey.add_flow(before.id, after.id, "main")
    return journey


def _emotions(card: _Card, people: dict[str, str]) -> dict[str, Emotion]:
    names = dict.fromkeys([*card.emotions, *card.to_be])
    return {
        people[name]: Emotion(
            card.emotions[name][0] if name in card.emotions else None,
            card.to_be[name][0] if name in card.to_be else None,
        )
        for name in names
    }


def _detail_fields(card: _Card) -> dict[str, Any]:
    fields: dict[str, Any] = {k: v for k, v in card.details.items() if k != "evidence"}
    if "evidence" in card.details:
        fields["evidence"] = evidence_of(card.details["evidence"])
    return fields


def _add_personas(journey: JourneyMap, collector: _Collector) -> dict[str, str]:
    people: dict[str, str] = {}
    for i, (name, number) in enumerate(collector.personas.items()):
        try:
            people[name] = journey.add_persona(name, **persona_style(i)).id
        except ModelError as exc:
            raise collector.fail(number, "persona", str(exc)) from None
    return people


def _add_stages(journey: JourneyMap, collector: _Collector) -> dict[str, str]:
    stage_ids: dict[str, str] = {}
    for name, (pains, chances, number) in collector.stage_notes.items():
        try:
            stage_ids[name] = journey.add_stage(name).id
            _add_notes(journey, stage_ids[name], pains, chances)
        except ModelError as exc:
            raise collector.fail(number, "stage", str(exc)) from None
    return stage_ids


def _add_notes(journey: JourneyMap, target: str, pains: list[str], chances: list[str]) -> None:
    for text in pains:
        journey.add_annotation(AnnotationKind.PAIN_POINT, target, text)
    for text in chances:
        journey.add_annotation(AnnotationKind.OPPORTUNITY, target, text)


def map_table(
    journey: JourneyMap, persona: str | None = None
) -> tuple[list[str], list[list[Cell]]]:
    """The header and rows that describe ``journey`` (optionally one persona's emotions)."""
    people = chosen_personas(journey, persona)
    note_names = list(dict.fromkeys(k for tp in journey.touchpoints() for k in tp.notes))
    note_names = [n for n in note_names if column_key(n) not in COLUMNS]
    header = [*COLUMNS, *note_names]
    rows: list[list[Cell]] = []
    for stage in journey.stages():
        cards = journey.touchpoints(stage.id)
        pains, chances = _texts(journey, stage.id)
        for i in range(max(1 if not cards else 0, len(pains), len(chances))):
            rows.append([stage.name, "", "", "", "", _at(pains, i), _at(chances, i)])
        for tp in cards:
            feel = [
                (p.name, e.as_is)
                for p in people
                if (e := tp.emotions.get(p.id)) and e.as_is is not None
            ]
            pains, chances = _texts(journey, tp.id)
            notes = [tp.notes.get(n, "") for n in note_names]
            for i in range(max(1, len(feel), len(pains), len(chances))):
                who, value = feel[i] if i < len(feel) else ("", None)
                emotion: Cell = "" if value is None else value
                rows.append(
                    [
                        stage.name,
                        tp.name,
                        tp.channel.value,
                        who,
                        emotion,
                        _at(pains, i),
                        _at(chances, i),
                        *notes,
                    ]
                )
    shown = list(dict.fromkeys(str(r[3]) for r in rows if r[3]))
    if shown != [p.name for p in people]:
        rows[:0] = [["", "", "", p.name, "", "", ""] for p in people]
    width = len(header)
    return header, [row + [""] * (width - len(row)) for row in rows]


def _texts(journey: JourneyMap, target: str) -> tuple[list[str], list[str]]:
    notes = journey.annotations(target)
    pains = [a.text for a in notes if a.kind is AnnotationKind.PAIN_POINT]
    return pains, [a.text for a in notes if a.kind is AnnotationKind.OPPORTUNITY]


def _at(items: list[str], index: int) -> str:
    return items[index] if index < len(items) else ""


def table_notes(journey: JourneyMap, format_name: str, workbook: bool = False) -> list[str]:
    """At most one line naming what the table format leaves out of ``journey``.

    The ``workbook`` (XLSX) also holds to-be emotions, metrics, card details and the
    severity, owner and votes of annotations.
    """
    left: list[str] = []
    if any(lane.cells for lane in journey.lanes()):
        left.append("lane text")
    other = sum(1 for f in journey.flows() if f.kind.value != "main")
    if other:
        left.append(f"{other} non-main flow{'s' if other > 1 else ''}")
    cards = journey.touchpoints()
    if workbook:
        cards = []
    if any(e.to_be is not None for tp in cards for e in tp.emotions.values()):
        left.append("to-be emotions")
    if any(tp.metrics for tp in cards):
        left.append("metrics")
    details = ("description", "need", "tools", "owner", "image", "evidence")
    if any(getattr(tp, name) for tp in cards for name in details):
        left.append("touchpoint details")
    notes = [] if workbook else journey.annotations()
    if any(a.severity != 3 or a.owner or a.votes or a.evidence for a in notes):
        left.append("severity, owners and votes of pains and opportunities")
    if journey.crowd and not workbook:  # the workbook has them on a sheet of their own
        left.append("the room's ratings (--table crowd writes them)")
    keys = [(tp.stage_id, tp.name) for tp in journey.touchpoints()]
    names = [s.name for s in journey.stages()]
    if len(set(keys)) < len(keys) or len(set(names)) < len(names):
        left.append("the difference between stages or touchpoints of the same name")
    return [f"{format_name} leaves out {', '.join(left)}"] if left else []
