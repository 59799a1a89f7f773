"""PasteRows: pasted lines or spreadsheet rows become cards, stages, personas and notes, one step.

Rows follow the journey table columns (``io.table_rows``). A stage name that the map has
already (the first stage of that name) is reused, a new one becomes a new stage inserted
after the stage of the row before it; rows before the first stage name go to the target
stage. Rows with the same stage and touchpoint describe one card (one persona's emotion
each, more pains, more opportunities); a row without a touchpoint puts its pain or
opportunity on its stage. Personas are matched by name or added; an emotion without a
persona belongs to the map's first persona (or a new default one). No flows are added.
Plain lines are rows with only a touchpoint. All or nothing: a bad row changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..io.fragment import remove_all
from ..io.import_common import DEFAULT_PERSONA, format_number, parse_number, persona_style
from ..io.paste import PastedRows
from ..io.table_rows import TableRow
from ..model import AnnotationKind, Channel, Emotion, JourneyMap, ModelError
from ..model.messages import msg, quoted
from .base import tr
from .paste_fragment import CreatingCommand

_CHANNELS = ", ".join(c.value for c in Channel)


def rows_of(pasted: PastedRows) -> list[TableRow]:
    """The table rows of a paste; plain lines become rows with only a touchpoint name."""
    if pasted.is_table:
        return list(pasted.rows)
    return [TableRow(number, touchpoint=name) for number, name in enumerate(pasted.names, 1)]


@dataclass
class _Card:
    stage: str  # a stage id of the map or "new:<name>"
    name: str
    row: int
    channel: Channel | None = None
    emotions: dict[str, float] = field(default_factory=dict)  # persona name -> value
    notes: dict[str, str] = field(default_factory=dict)
    pains: list[str] = field(default_factory=list)
    chances: list[str] = field(default_factory=list)


@dataclass
class _Plan:
    """What the rows ask for, checked against the map before anything changes."""

    journey: JourneyMap
    stage_id: str
    new_stages: dict[str, str] = field(default_factory=dict)  # "new:<name>" -> after stage
    stage_notes: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    cards: dict[tuple[str, str], _Card] = field(default_factory=dict)
    personas: list[str] = field(default_factory=list)

    def stage_key(self, name: str, before: str) -> str:
        existing = next((s.id for s in self.journey.stages() if s.name == name), None)
        if existing is not None:
            return existing
        key = "new:" + name
        self.new_stages.setdefault(key, before)
        return key

    def persona(self, name: str) -> str:
        if name not in self.personas:
            self.personas.append(name)
        return name

    def default_persona(self) -> str:
        people = self.journey.personas()
        if people:
            return people[0].name
        return self.persona(DEFAULT_PERSONA.get(self.journey.language.value, "Customer"))

    def add(self, row: TableRow, stage: str) -> None:
        if row.persona:
            self.persona(row.persona)
        if not row.touchpoint:
            self._stage_row(row, stage)
            return
        card = self.cards.setdefault(
            (stage, row.touchpoint), _Card(stage, row.touchpoint, row.number)
        )
        self._channel(card, row)
        self._emotion(card, row)
        for name, text in row.notes.items():
            if card.notes.setdefault(name, text) != text:
                raise _fail(row, name, msg("paste.differs", card.row))
        _append_new(card.pains, row.pain_point)
        _append_new(card.chances, row.opportunity)

    def _stage_row(self, row: TableRow, stage: str) -> None:
        for column in ("channel", "emotion"):
            if getattr(row, column):
                raise _fail(row, column, msg("paste.needs_touchpoint", column))
        if row.notes:
            raise _fail(row, next(iter(row.notes)), msg("paste.note_needs_touchpoint"))
        pains, chances = self.stage_notes.setdefault(stage, ([], []))
        _append_new(pains, row.pain_point)
        _append_new(chances, row.opportunity)

    def _channel(self, card: _Card, row: TableRow) -> None:
        if not row.channel:
            return
        try:
            channel = Channel(row.channel.lower())
        except ValueError:
            message = msg("paste.channel", quoted(row.channel[:40]), _CHANNELS)
            raise _fail(row, "channel", message) from None
        if card.channel is not None and card.channel is not channel:
            message = msg("paste.channel_differs", channel.value, card.channel.value, card.row)
            raise _fail(row, "channel", message)
        card.channel = channel

    def _emotion(self, card: _Card, row: TableRow) -> None:
        if not row.emotion:
            return
        value = parse_number(row.emotion, decimal_comma=True)
        if value is None:
            raise _fail(row, "emotion", msg("paste.not_number", quoted(row.emotion[:20])))
        scale = self.journey.emotion_scale
        if not scale.contains(value):
            shown = format_number(value)
            message = msg("rule.emotion_outside", shown, scale.minimum, scale.maximum)
            raise _fail(row, "emotion", message)
        persona = row.persona or self.default_persona()
        old = card.emotions.setdefault(persona, value)
        if old != value:
            message = msg("paste.emotion_twice", persona, format_number(old))
            raise _fail(row, "emotion", message)


def _fail(row: TableRow, column: str, message: str) -> ModelError:
    return ModelError(msg("paste.cell", row.number, column, message))


def _append_new(items: list[str], text: str) -> None:
    if text and text not in items:
        items.append(text)


def plan_rows(journey: JourneyMap, rows: Sequence[TableRow], stage_id: str) -> _Plan:
    """Check ``rows`` against ``journey``; ModelError naming the row and column if one is bad."""
    if journey.kind_of(stage_id) is None or stage_id not in {s.id for s in journey.stages()}:
        raise ModelError(msg("stage.missing", quoted(stage_id)))
    plan = _Plan(journey, stage_id)
    stage = stage_id
    for row in rows:
        if row.stage:
            stage = plan.stage_key(row.stage, stage)
        plan.add(row, stage)
    return plan


class PasteRows(CreatingCommand):
    """Add the cards (and stages, personas, notes) of pasted rows; ``touchpoint_ids`` after redo."""

    def __init__(
        self, journey: JourneyMap, rows: Sequence[TableRow], stage_id: str, text: str = ""
    ) -> None:
        super().__init__(journey, text or tr("Paste text"))
        self.rows = list(rows)
        self.stage_id = stage_id
        self.touchpoint_ids: list[str] = []

    def changes_nothing(self) -> bool:
        return not self.rows

    def create(self) -> list[str]:
        plan = plan_rows(self.journey, self.rows, self.stage_id)
        self.created_ids, self.touchpoint_ids = [], []
        try:
            self._apply(plan)
        except ModelError:
            remove_all(self.journey, self.created_ids)
            self.created_ids, self.touchpoint_ids = [], []
            raise
        return self.created_ids

    def _apply(self, plan: _Plan) -> None:
        journey = self.journey
        stages: dict[str, str] = {s.id: s.id for s in journey.stages()}
        for key, before in plan.new_stages.items():
            index = journey.index_of(stages[before]) + 1
            stages[key] = self._created(journey.add_stage(key[4:], index).id)
        people = {p.name: p.id for p in journey.personas()}
        count = len(people)
        for name in plan.personas:
            if name not in people:
                people[name] = self._created(journey.add_persona(name, **persona_style(count)).id)
                count += 1
        for card in plan.cards.values():
            tp = journey.add_touchpoint(
                stages[card.stage],
                card.name,
                channel=card.channel or Channel.OTHER,
                emotions={people[p]: Emotion(v) for p, v in card.emotions.items()},
                notes=card.notes,
            )
            self.touchpoint_ids.append(self._created(tp.id))
            self._notes(tp.id, card.pains, card.chances)
        for key, (pains, chances) in plan.stage_notes.items():
            self._notes(stages[key], pains, chances)

    def _notes(self, target: str, pains: list[str], chances: list[str]) -> None:
        for text in pains:
            self._created(self.journey.add_annotation(AnnotationKind.PAIN_POINT, target, text).id)
        for text in chances:
            self._created(self.journey.add_annotation(AnnotationKind.OPPORTUNITY, target, text).id)

    def _created(self, entity_id: str) -> str:
        self.created_ids.append(entity_id)
        return entity_id


__all__ = ["PasteRows", "plan_rows", "rows_of"]
