"""Undoable changes of the dot-voting round: start, reveal, end, clear (casting dots is not)."""

from __future__ import annotations

from typing import Any

from ..model import JourneyMap, ModelError, VotingRound
from ..model.messages import msg
from ..model.record import replace
from .base import ModelCommand, tr


class SetVoting(ModelCommand):
    """Put ``vote`` (None: no round) in place of the current round; undo puts the old one back.

    Dots cast between undo and redo are kept: undo remembers the round it takes away and
    redo restores exactly that round.
    """

    def __init__(self, journey: JourneyMap, vote: VotingRound | None, text: str = "") -> None:
        default = tr("Start voting round") if vote is not None else tr("Clear voting round")
        super().__init__(journey, text or default)
        self.vote = vote
        self._old: VotingRound | None = None
        self._undone: VotingRound | None = None
        self._has_undone = False

    def changes_nothing(self) -> bool:
        return self.journey.voting == self.vote

    def _target(self) -> VotingRound | None:
        return self._undone if self._has_undone else self.vote

    def apply(self) -> None:
        old = self.journey.voting
        self.journey.set_voting(self._target())
        self._old = old
        self._has_undone = False

    def revert(self) -> None:
        self._undone = self.journey.voting
        self._has_undone = True
        self.journey.set_voting(self._old)


class ReviseVoting(SetVoting):
    """Change fields of the running round (``hidden=False`` reveals, ``active=False`` ends it).

    The fields are applied to the round as it is when the command runs, so the dots
    cast so far stay in it.
    """

    def __init__(self, journey: JourneyMap, changes: dict[str, Any], text: str = "") -> None:
        current = journey.voting
        if current is None:
            raise ModelError(msg("vote.no_round"))
        super().__init__(journey, replace(current, **changes), text or _text(changes))
        self.changes = dict(changes)

    def changes_nothing(self) -> bool:
        current = self.journey.voting
        if current is None:
            return False
        return all(getattr(current, k) == v for k, v in self.changes.items())

    def _target(self) -> VotingRound | None:
        if self._has_undone:
            return self._undone
        current = self.journey.voting
        if current is None:
            raise ModelError(msg("vote.no_round"))
        return replace(current, **self.changes)


def _text(changes: dict[str, Any]) -> str:
    if changes.get("hidden") is False:
        return tr("Reveal votes")
    if changes.get("active") is False:
        return tr("End voting round")
    return tr("Change voting round")
