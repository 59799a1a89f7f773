"""Undoable changes of the room's crowd emotion ratings."""

from __future__ import annotations

from ..model import JourneyMap
from ..model.crowd import CrowdRatings
from .base import ModelCommand, tr


class SetCrowdRatings(ModelCommand):
    """Participants' ratings of stages, (stage, participant, value or None) each, as one step."""

    def __init__(self, journey: JourneyMap, ratings: list[tuple[str, str, int | None]]) -> None:
        super().__init__(journey, tr("Room ratings"))
        self.ratings = list(ratings)
        self._old: CrowdRatings = {}

    def changes_nothing(self) -> bool:
        crowd = self.journey.crowd
        return all(crowd.get(s, {}).get(p) == v for s, p, v in self.ratings)

    def apply(self) -> None:
        old = self.journey.crowd
        ratings = {stage: dict(answers) for stage, answers in old.items()}
        for stage_id, participant, value in self.ratings:
            answers = ratings.setdefault(stage_id, {})
            if value is None:
                answers.pop(participant, None)
            else:
                answers[participant] = value
        self.journey.set_crowd(ratings)
        self._old = old

    def revert(self) -> None:
        self.journey.set_crowd(self._old)


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
