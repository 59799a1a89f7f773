"""AddFragment: pasting copied cards (with fresh ids) as one undoable step."""

from __future__ import annotations

from ..model import JourneyMap, Removal
from .base import ModelCommand, tr
from .fragment import Fragment, insert_fragment, remove_all


class AddFragment(ModelCommand):
    """Insert a clipboard fragment from ``stage_id`` on; ``created_ids`` after the first redo."""

    def __init__(
        self, journey: JourneyMap, fragment: Fragment, stage_id: str, text: str = ""
    ) -> None:
        super().__init__(journey, text or tr("Paste"))
        self.fragment = fragment
        self.stage_id = stage_id
        self.created_ids: list[str] = []
        self._removals: list[Removal] = []

    def changes_nothing(self) -> bool:
        return self.fragment.is_empty

    def apply(self) -> None:
        if self._removals:
            for removal in reversed(self._removals):
                self.journey.restore(removal)
            self._removals = []
            return
        self.created_ids = insert_fragment(self.journey, self.fragment, self.stage_id)

    def revert(self) -> None:
        self._removals = remove_all(self.journey, self.created_ids)

    def touchpoint_ids(self) -> list[str]:
        """The pasted cards (to select them after the paste)."""
        return self.created_ids[: len(self.fragment.touchpoints)]
