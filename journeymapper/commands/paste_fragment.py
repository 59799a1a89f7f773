"""Commands that create entities: pasting copied cards (with fresh ids) as one undoable step."""

from __future__ import annotations

from ..io.fragment import Fragment, insert_fragment, remove_all
from ..model import JourneyMap, Removal
from .base import ModelCommand, tr


class CreatingCommand(ModelCommand):
    """Creates entities on the first apply; undo removes them, redo restores exactly those.

    Subclasses implement ``create`` (returns the new ids, leaving the map unchanged on a
    ModelError); ``created_ids`` holds them after the first redo.
    """

    def __init__(self, journey: JourneyMap, text: str) -> None:
        super().__init__(journey, text)
        self.created_ids: list[str] = []
        self._removals: list[Removal] = []

    def create(self) -> list[str]:
        raise NotImplementedError

    def apply(self) -> None:
        if self._removals:
            for removal in reversed(self._removals):
                self.journey.restore(removal)
            self._removals = []
            return
        self.created_ids = self.create()

    def revert(self) -> None:
        self._removals = remove_all(self.journey, self.created_ids)


class AddFragment(CreatingCommand):
    """Insert a clipboard fragment from ``stage_id`` on; ``created_ids`` after the first redo."""

    def __init__(
        self, journey: JourneyMap, fragment: Fragment, stage_id: str, text: str = ""
    ) -> None:
        super().__init__(journey, text or tr("Paste"))
        self.fragment = fragment
        self.stage_id = stage_id

    def changes_nothing(self) -> bool:
        return self.fragment.is_empty

    def create(self) -> list[str]:
        return insert_fragment(self.journey, self.fragment, self.stage_id)

    def touchpoint_ids(self) -> list[str]:
        """The pasted cards (to select them after the paste)."""
        return self.created_ids[: len(self.fragment.touchpoints)]
