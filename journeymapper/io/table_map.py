"""Journey table rows ⇄ maps, shared by the CSV and XLSX formats.

Reading: the rows are grouped as ``io/row_groups.py`` says (as a paste's rows are); stages
and touchpoints in order of first appearance, chained by main flows in order.
Emotions are numbers on the map's scale (default −2…+2); ``0,5`` is read as 0.5.

Writing is the inverse: every row names its stage and touchpoint, personas without
emotions and a persona order that the rows would not show come first as persona-only rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import AnnotationKind, Channel, Emotion, JourneyMap, ModelError
from ..words.fields import evidence_of
from .errors import MapFileError
from .import_common import (
    DEFAULT_PERSONA,
    chosen_personas,
    guess_language,
    new_import_map,
    persona_style,
)
from .row_groups import CardRows, RowGroups, RowProblem, group_rows
from .table_rows import COLUMNS, TableRow, column_key

Cell = str | int | float


def map_from_rows(rows: Sequence[TableRow], source: str, title: str) -> JourneyMap:
    """A map from table rows; MapFileError naming the row and column of the first problem."""
    sample = " ".join(f"{r.stage} {r.touchpoint} {r.pain_point}" for r in rows[:2000])
    language = guess_language(sample)
    journey = new_import_map(title, language)
    default = DEFAULT_PERSONA[language.value]
    try:
        groups = group_rows(
            rows, lambda: default, scale=journey.emotion_scale, details=True
        )
    except RowProblem as problem:
        raise _fail(source, problem.row, problem.column, problem.message) from None
    people = _add_personas(journey, groups, source)
    stage_ids = _add_stages(journey, groups, source)
    for card in groups.cards.values():
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
            raise _fail(source, card.row, "touchpoint", str(exc)) from None
    order = journey.touchpoints()
    for before, after in zip(order, order[1:], strict=False):
        journey.add_flow(before.id, after.id, "main")
    return journey


def _fail(source: str, row: int, column: str, message: str) -> MapFileError:
    return MapFileError(source, message, f"row {row}, column {column}")


def _emotions(card: CardRows, people: dict[str, str]) -> dict[str, Emotion]:
    names = dict.fromkeys([*card.emotions, *card.to_be])
    return {
        people[name]: Emotion(
            card.emotions[name][0] if name in card.emotions else None,
            card.to_be[name][0] if name in card.to_be else None,
        )
        for name in names
    }


def _detail_fields(card: CardRows) -> dict[str, Any]:
    fields: dict[str, Any] = {k: v for k, v in card.details.items() if k != "evidence"}
    if "evidence" in card.details:
        fields["evidence"] = evidence_of(card.details["evidence"])
    return fields


def _add_personas(journey: JourneyMap, groups: RowGroups, source: str) -> dict[str, str]:
    people: dict[str, str] = {}
    for i, (name, number) in enumerate(groups.personas.items()):
        try:
            people[name] = journey.add_persona(name, **persona_style(i)).id
        except ModelError as exc:
            raise _fail(source, number, "persona", str(exc)) from None
    return people


def _add_stages(journey: JourneyMap, groups: RowGroups, source: str) -> dict[str, str]:
    stage_ids: dict[str, str] = {}
    for name, (pains, chances, number) in groups.stages.items():
        try:
            stage_ids[name] = journey.add_stage(name).id
            _add_notes(journey, stage_ids[name], pains, chances)
        except ModelError as exc:
            raise _fail(source, number, "stage", str(exc)) from None
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
