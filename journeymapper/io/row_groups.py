"""Journey table rows grouped into stages, touchpoints and personas: the one rule that both the
table import (CSV, XLSX) and pasting rows into the editor follow.

Rows with the same stage and touchpoint describe one touchpoint (one persona's emotion each,
more pains, more opportunities); a row without a touchpoint describes its stage (pains and
opportunities on the stage itself); a row with only a persona declares that persona. An
emotion without a persona belongs to the default persona. A row that cannot be read is a
``RowProblem`` (row, column, message), which each caller turns into its own kind of error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..model import Channel, EmotionScale, Evidence
from ..model.messages import msg, quoted
from ..words.fields import evidence_of
from ..words.labels import CHANNEL_NAMES
from .import_common import format_number, parse_number
from .table_rows import DETAILS, TableRow

_CHANNELS = ", ".join(c.value for c in Channel)
# channel names as the exports of every language write them ("сайт", "tīmeklis" …)
_CHANNEL_NAMES = {
    name.casefold(): channel for table in CHANNEL_NAMES.values() for channel, name in table.items()
}


def channel_of(text: str) -> Channel | None:
    """The channel a cell names: its value (``web``) or its name in any language's exports."""
    found = _CHANNEL_NAMES.get(text.strip().casefold())
    if found is None:
        try:
            found = Channel(text.lower())
        except ValueError:
            return None
    return found


class RowProblem(Exception):
    """A row that cannot be read: its number, the column and what is wrong there."""

    def __init__(self, row: int, column: str, message: str) -> None:
        super().__init__(message)
        self.row, self.column, self.message = row, column, message


@dataclass
class CardRows:
    """One touchpoint as its rows describe it; values remember the row they came from."""

    stage: str
    name: str
    row: int
    channel: Channel | None = None
    emotions: dict[str, tuple[float, int]] = field(default_factory=dict)  # persona -> value
    to_be: dict[str, tuple[float, int]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    pains: list[str] = field(default_factory=list)
    chances: list[str] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)


@dataclass
class RowGroups:
    """What the rows describe, in order of first appearance."""

    # stage key -> (its pains, its opportunities, the row it first appears in)
    stages: dict[str, tuple[list[str], list[str], int]] = field(default_factory=dict)
    cards: dict[tuple[str, str], CardRows] = field(default_factory=dict)
    personas: dict[str, int] = field(default_factory=dict)  # persona name -> first row


def _same_name(name: str, _before: str) -> str:
    return name


def group_rows(
    rows: Sequence[TableRow],
    default_persona: Callable[[], str],
    *,
    first_stage: str = "",
    stage_key: Callable[[str, str], str] = _same_name,
    scale: EmotionScale | None = None,
    details: bool = False,
) -> RowGroups:
    """Group ``rows``; RowProblem for the first row that cannot be read.

    Rows before the first stage name belong to ``first_stage``; ``stage_key(name, before)``
    says which stage a name stands for (``before``: the previous row's stage). Emotions
    outside ``scale`` are refused; ``details`` also reads the card details and to-be emotions.
    """
    grouping = _Grouping(RowGroups(), default_persona, scale, details)
    stage = first_stage
    for row in rows:
        if row.stage:
            stage = stage_key(row.stage, stage)
        grouping.add(row, stage)
    return grouping.groups


@dataclass
class _Grouping:
    groups: RowGroups
    default_persona: Callable[[], str]
    scale: EmotionScale | None
    details: bool

    def add(self, row: TableRow, stage: str) -> None:
        groups = self.groups
        if row.persona:
            groups.personas.setdefault(row.persona, row.number)
        if stage and stage not in groups.stages:
            groups.stages[stage] = ([], [], row.number)
        if not row.touchpoint:
            self._stage_row(row, stage)
            return
        if not stage:
            raise RowProblem(row.number, "stage", "the first touchpoint needs a stage")
        card = groups.cards.setdefault(
            (stage, row.touchpoint), CardRows(stage, row.touchpoint, row.number)
        )
        self._channel(card, row)
        if row.emotion:
            self._value(card.emotions, row, "emotion", row.emotion)
        if self.details:
            self._details(card, row)
        for name, text in row.notes.items():
            if card.notes.setdefault(name, text) != text:
                raise RowProblem(row.number, name, msg("paste.differs", card.row))
        _append_new(card.pains, row.pain_point)
        _append_new(card.chances, row.opportunity)

    def _stage_row(self, row: TableRow, stage: str) -> None:
        for column in ("channel", "emotion"):
            if getattr(row, column):
                raise RowProblem(row.number, column, msg("paste.needs_touchpoint", column))
        if row.notes:
            name = next(iter(row.notes))
            raise RowProblem(row.number, name, msg("paste.note_needs_touchpoint"))
        if (row.pain_point or row.opportunity) and not stage:
            column = "pain_point" if row.pain_point else "opportunity"
            raise RowProblem(row.number, column, "needs a stage or a touchpoint in this row")
        if stage:
            pains, chances, _first = self.groups.stages[stage]
            _append_new(pains, row.pain_point)
            _append_new(chances, row.opportunity)

    def _channel(self, card: CardRows, row: TableRow) -> None:
        if not row.channel:
            return
        channel = channel_of(row.channel)
        if channel is None:
            message = msg("paste.channel", quoted(row.channel[:40]), _CHANNELS)
            raise RowProblem(row.number, "channel", message)
        if card.channel is not None and card.channel is not channel:
            message = msg("paste.channel_differs", channel.value, card.channel.value, card.row)
            raise RowProblem(row.number, "channel", message)
        card.channel = channel

    def _details(self, card: CardRows, row: TableRow) -> None:
        for name, text in row.details.items():
            if name == "to_be":
                self._value(card.to_be, row, name, text)
            elif name in DETAILS:
                if name == "evidence" and evidence_of(text) is None:
                    choices = ", ".join(e.value for e in Evidence)
                    message = f"{text[:40]!r} is not an evidence (use one of {choices})"
                    raise RowProblem(row.number, name, message)
                if card.details.setdefault(name, text) != text:
                    raise RowProblem(row.number, name, msg("paste.differs", card.row))

    def _value(
        self, values: dict[str, tuple[float, int]], row: TableRow, column: str, text: str
    ) -> None:
        """An emotion (as-is or to-be) of the row's persona (else the default persona)."""
        value = parse_number(text, decimal_comma=True)
        if value is None:
            raise RowProblem(row.number, column, msg("paste.not_number", quoted(text[:20])))
        scale = self.scale
        if scale is not None and not scale.contains(value):
            message = msg("rule.emotion_outside", format_number(value), scale.minimum,
                          scale.maximum)  # fmt: skip
            raise RowProblem(row.number, column, message)
        persona = row.persona or self.default_persona()
        self.groups.personas.setdefault(persona, row.number)
        old = values.setdefault(persona, (value, row.number))
        if old[0] != value:
            message = msg("paste.emotion_twice", persona, format_number(old[0]))
            raise RowProblem(row.number, column, message)


def _append_new(items: list[str], text: str) -> None:
    if text and text not in items:
        items.append(text)
