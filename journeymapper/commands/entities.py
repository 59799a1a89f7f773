"""Commands that add, remove, change and reorder entities of a map."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from ..model import AnnotationKind, EntityKind, JourneyMap, ModelError, Removal
from ..model.messages import msg
from ..model.messages import quoted as shown
from .base import ModelCommand, tr
from .names import about, add_text, change_text, move_text, quoted, remove_text

RENAME_MERGE_ID = 4201


def _add_name(journey: JourneyMap, kind: EntityKind, fields: dict[str, Any], text: str) -> str:
    """The undo text of an addition: the caller's words or the kind's, with the new name."""
    name = str(fields.get("name") or fields.get("text") or "")
    if not text:
        pain = str(fields.get("kind", "")) != AnnotationKind.OPPORTUNITY.value
        return add_text(journey, kind, name, pain)
    return f"{text} {quoted(name)}" if name else text


class AddEntity(ModelCommand):
    """Add one stage, lane, persona, view, touchpoint, flow or annotation from ``fields``.

    ``entity_id`` is known after the first redo; redo after undo restores the same entity
    (same id, same place) exactly.
    """

    def __init__(
        self,
        journey: JourneyMap,
        kind: EntityKind,
        fields: dict[str, Any],
        index: int | None = None,
        text: str = "",
    ) -> None:
        super().__init__(journey, _add_name(journey, kind, fields, text))
        self.kind = kind
        self.fields = dict(fields)
        self.index = index
        self.entity_id = ""
        self.rename_follows = False
        self._removal: Removal | None = None

    def id(self) -> int:
        """Merge id: an "add then type its name" edit is one undo step (see ChangeAttributes)."""
        return RENAME_MERGE_ID if self.rename_follows else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        """Absorb the first rename of the entity this command has just added."""
        if (
            isinstance(other, ChangeAttributes)
            and other.entity_id == self.entity_id
            and set(other.changes) <= {"name"}
        ):
            self.rename_follows = False
            self.setText(_add_name(self.journey, self.kind, dict(other.changes), ""))
            return True
        return False

    def apply(self) -> None:
        if self._removal is not None:
            self.journey.restore(self._removal)
            self._removal = None
            return
        fields = dict(self.fields)
        journey, index = self.journey, self.index
        if self.kind is EntityKind.STAGE:
            entity: Any = journey.add_stage(index=index, **fields)
        elif self.kind is EntityKind.LANE:
            entity = journey.add_lane(index=index, **fields)
        elif self.kind is EntityKind.PERSONA:
            entity = journey.add_persona(index=index, **fields)
        elif self.kind is EntityKind.VIEW:
            entity = journey.add_view(index=index, **fields)
        elif self.kind is EntityKind.TOUCHPOINT:
            entity = journey.add_touchpoint(index=index, **fields)
        elif self.kind is EntityKind.FLOW:
            entity = journey.add_flow(**fields)
        else:
            entity = journey.add_annotation(**fields)
        self.entity_id = str(entity.id)

    def revert(self) -> None:
        self._removal = self.journey.remove(self.entity_id)


class RemoveEntities(ModelCommand):
    """Remove several entities (with what depends on them) as one step."""

    def __init__(self, journey: JourneyMap, ids: list[str], text: str = "") -> None:
        if text and len(ids) == 1:
            text = about(text, journey, ids[0])
        super().__init__(journey, text or remove_text(journey, ids))
        self.ids = list(ids)
        self._removals: list[Removal] = []

    def changes_nothing(self) -> bool:
        return not any(self.journey.kind_of(i) is not None for i in self.ids)

    def apply(self) -> None:
        done: list[Removal] = []
        try:
            for entity_id in self.ids:
                if self.journey.kind_of(entity_id) is not None:
                    done.append(self.journey.remove(entity_id))
        except ModelError:
            for removal in reversed(done):
                self.journey.restore(removal)
            raise
        self._removals = done

    def revert(self) -> None:
        for removal in reversed(self._removals):
            self.journey.restore(removal)
        self._removals = []


class ChangeAttributes(ModelCommand):
    """Change fields of one entity (``journey.update``); undo puts the old values back."""

    def __init__(
        self, journey: JourneyMap, entity_id: str, changes: dict[str, Any], text: str = ""
    ) -> None:
        named = about(text, journey, entity_id) if text else ""
        super().__init__(journey, named or change_text(journey, entity_id, changes))
        self.entity_id = entity_id
        self.changes = dict(changes)
        self.merge_into_add = False
        self._old: dict[str, Any] = {}

    def id(self) -> int:
        return RENAME_MERGE_ID if self.merge_into_add else -1

    def _entity(self) -> Any:
        entity = self.journey.find(self.entity_id)
        if entity is None:
            raise ModelError(msg("id.unknown", shown(self.entity_id)))
        return entity

    def changes_nothing(self) -> bool:
        entity = self.journey.find(self.entity_id)
        if entity is None:
            return False  # let apply report the missing entity
        return all(getattr(entity, k, object()) == v for k, v in self.changes.items())

    def apply(self) -> None:
        entity = self._entity()
        old = {name: getattr(entity, name) for name in self.changes if hasattr(entity, name)}
        self.journey.update(self.entity_id, **self.changes)
        self._old = old

    def revert(self) -> None:
        self.journey.update(self.entity_id, **self._old)


class MoveEntity(ModelCommand):
    """Move a stage, lane, persona or view to ``index`` in its list."""

    def __init__(self, journey: JourneyMap, entity_id: str, index: int, text: str = "") -> None:
        named = about(text, journey, entity_id) if text else ""
        super().__init__(journey, named or move_text(journey, entity_id))
        self.entity_id = entity_id
        self.index = index
        self._old_index = 0

    def changes_nothing(self) -> bool:
        if self.journey.kind_of(self.entity_id) is None:
            return False
        return self.journey.index_of(self.entity_id) == self.index

    def apply(self) -> None:
        old = self.journey.index_of(self.entity_id)
        self.journey.move(self.entity_id, self.index)
        self._old_index = old

    def revert(self) -> None:
        self.journey.move(self.entity_id, self._old_index)


class MoveTouchpoints(ModelCommand):
    """Move touchpoints within or between stages: ``(tp_id, stage_id, index)`` in order.

    A whole drag is one command; undo moves every card back in reverse order.
    """

    def __init__(
        self, journey: JourneyMap, moves: list[tuple[str, str, int]], text: str = ""
    ) -> None:
        cards = list(dict.fromkeys(m[0] for m in moves))
        if len(cards) == 1:
            default = about(tr("Move card"), journey, cards[0])
        else:
            default = tr("Move %n card(s)", len(cards))
        super().__init__(journey, text or default)
        self.moves = list(moves)
        self._before: list[tuple[str, str, int]] = []

    def changes_nothing(self) -> bool:
        journey = self.journey
        for tp_id, stage_id, index in self.moves:
            if journey.kind_of(tp_id) is None:
                return False
            if journey.touchpoint(tp_id).stage_id != stage_id:
                return False
            count = len(journey.touchpoints(stage_id))
            if journey.index_of(tp_id) != max(0, min(index, count - 1)):
                return False
        return True

    def apply(self) -> None:
        before: list[tuple[str, str, int]] = []
        try:
            for tp_id, stage_id, index in self.moves:
                tp = self.journey.touchpoint(tp_id)
                old = (tp_id, tp.stage_id, self.journey.index_of(tp_id))
                self.journey.move_touchpoint(tp_id, stage_id, index)
                before.append(old)
        except ModelError:
            self._undo_moves(before)
            raise
        self._before = before

    def _undo_moves(self, before: list[tuple[str, str, int]]) -> None:
        for tp_id, stage_id, index in reversed(before):
            self.journey.move_touchpoint(tp_id, stage_id, index)

    def revert(self) -> None:
        self._undo_moves(self._before)
        self._before = []
