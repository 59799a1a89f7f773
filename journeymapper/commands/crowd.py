"""Undoable changes of the room's crowd emotion ratings."""

from __future__ import annotations

from ..model import JourneyMap
from ..model.crowd import CrowdRatings
from .base import ModelCommand, tr


class SetCrowdRating(ModelCommand):
    """One participant's rating of a stage (None takes it back); undo restores the old one."""

    def __init__(
        self, journey: JourneyMap, stage_id: str, participant: str, value: int | None
    ) -> None:
        super().__init__(journey, tr("Room rating"))
        self.stage_id = stage_id
        self.participant = participant
        self.value = value
        self._old: int | None = None

    def changes_nothing(self) -> bool:
        return self.journey.crowd.get(self.stage_id, {}).get(self.participant) == self.value

    def apply(self) -> None:
        old = self.journey.crowd.get(self.stage_id, {}).get(self.participant)
        self.journey.set_crowd_rating(self.stage_id, self.participant, self.value)
        self._old = old

    def revert(self) -> None:
        self.journey.set_crowd_rating(self.stage_id, self.participant, self._old)


class ClearCrowd(ModelCommand):
    """Take every crowd rating off the map (a new round of rating); undo brings them back."""

    def __init__(self, journey: JourneyMap) -> None:
        super().__init__(journey, tr("Clear room ratings"))
        self._old: CrowdRatings = {}

    def changes_nothing(self) -> bool:
        return not self.journey.crowd

    def apply(self) -> None:
        self._old = self.journey.crowd
        self.journey.set_crowd({})

    def revert(self) -> None:
        self.journey.set_crowd(self._old)
