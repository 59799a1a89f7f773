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
from ..io.import_common import DEFAULT_PERSONA, persona_style
from ..io.paste import PastedRows
from ..io.row_groups import RowGroups, RowProblem, group_rows
from ..io.table_rows import TableRow
from ..model import AnnotationKind, Channel, Emotion, JourneyMap, ModelError
from ..model.messages import msg, quoted
from .base import tr
from .paste_fragment import CreatingCommand


def rows_of(pasted: PastedRows) -> list[TableRow]:
    """The table rows of a paste; plain lines become rows with only a touchpoint name."""
    if pasted.is_table:
        return list(pasted.rows)
    return [TableRow(number, touchpoint=name) for number, name in enumerate(pasted.names, 1)]


@dataclass
class _Plan:
    """What the rows ask for (grouped as a table import groups them), checked against the map
    before anything changes."""

    journey: JourneyMap
    stage_id: str
    new_stages: dict[str, str] = field(default_factory=dict)  # "new:<name>" -> after stage
    groups: RowGroups = field(default_factory=RowGroups)

    def stage_key(self, name: str, before: str) -> str:
        """A stage id of the map (the first stage of that name) or "new:<name>"."""
        existing = next((s.id for s in self.journey.stages() if s.name == name), None)
        if existing is not None:
            return existing
        key = "new:" + name
        self.new_stages.setdefault(key, before)
        return key

    def default_persona(self) -> str:
        people = self.journey.personas()
        if people:
            return people[0].name
        return DEFAULT_PERSONA.get(self.journey.language.value, "Customer")


def plan_rows(journey: JourneyMap, rows: Sequence[TableRow], stage_id: str) -> _Plan:
    """Check ``rows`` against ``journey``; ModelError naming the row and column if one is bad."""
    if journey.kind_of(stage_id) is None or stage_id not in {s.id for s in journey.stages()}:
        raise ModelError(msg("stage.missing", quoted(stage_id)))
    plan = _Plan(journey, stage_id)
    try:
        plan.groups = group_rows(
            rows,
            plan.default_persona,
            first_stage=stage_id,
            stage_key=plan.stage_key,
            scale=journey.emotion_scale,
        )
    except RowProblem as problem:
        raise ModelError(msg("paste.cell", problem.row, problem.column, problem.message)) from None
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
        for name in plan.groups.personas:
            if name not in people:
                people[name] = self._created(journey.add_persona(name, **persona_style(count)).id)
                count += 1
        for card in plan.groups.cards.values():
            tp = journey.add_touchpoint(
                stages[card.stage],
                card.name,
                channel=card.channel or Channel.OTHER,
                emotions={people[p]: Emotion(v) for p, (v, _row) in card.emotions.items()},
                notes=card.notes,
            )
            self.touchpoint_ids.append(self._created(tp.id))
            self._notes(tp.id, card.pains, card.chances)
        for key, (pains, chances, _row) in plan.groups.stages.items():
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
