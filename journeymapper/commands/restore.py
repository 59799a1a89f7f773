"""Replacing the whole map with another version of it (restoring a snapshot): one undo step."""

from __future__ import annotations

from ..model import JourneyMap
from .base import ModelCommand, tr


def copy_of(journey: JourneyMap) -> JourneyMap:
    """A detached copy of the map's current content (entities are immutable and shared)."""
    copy = JourneyMap(journey.title)
    copy.replace_content(journey)
    return copy


class ReplaceMap(ModelCommand):
    """The map becomes ``replacement``; undo brings back exactly what was there."""

    def __init__(self, journey: JourneyMap, replacement: JourneyMap, text: str = "") -> None:
        super().__init__(journey, text or tr("Restore snapshot"))
        self.before = copy_of(journey)
        self.after = copy_of(replacement)

    def apply(self) -> None:
        self.journey.replace_content(self.after)

    def revert(self) -> None:
        self.journey.replace_content(self.before)
