"""Dot voting: a round's participants, budget, ballots, and the rules for casting a dot."""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping

from .errors import ModelError
from .messages import msg, quoted
from .record import field, record, replace

MAX_BUDGET = 100
VOTABLE = ("pain_point", "opportunity", "touchpoint")


@record
class VotingRound:
    """Who votes, with how many dots, on which kinds of items, and who put which dots where."""

    participants: tuple[str, ...]
    budget: int = 3
    targets: tuple[str, ...] = ("pain_point",)
    hidden: bool = False
    active: bool = True
    ballots: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    cap: int | None = None

    def used(self, participant: str) -> int:
        return sum(self.ballots.get(participant, {}).values())

    def remaining(self, participant: str) -> int:
        return self.budget - self.used(participant)

    def dots(self, participant: str, item_id: str) -> int:
        return self.ballots.get(participant, {}).get(item_id, 0)

    def totals(self) -> dict[str, int]:
        """Dots per item over all participants."""
        return dict(self._totals)

    def total(self, item_id: str) -> int:
        """Dots on one item over all participants."""
        return self._totals.get(item_id, 0)

    @functools.cached_property
    def _totals(self) -> dict[str, int]:
        """Worked out once per round value (a round is never changed, only replaced): every
        card's count reads it while a crowd votes."""
        totals: dict[str, int] = {}
        for ballot in self.ballots.values():
            for item, dots in ballot.items():
                totals[item] = totals.get(item, 0) + dots
        return totals


def only_ballots_differ(old: object, new: object, *, joined: bool = False) -> bool:
    """Whether two rounds are the same round with other dots cast (a crowd voting): what
    follows the round's settings need not redraw, only what shows the counts. ``joined``:
    people joining the round count as dots too (a room's phones arriving)."""
    if not isinstance(old, VotingRound) or not isinstance(new, VotingRound):
        return False
    if joined and new.participants[: len(old.participants)] == old.participants:
        new = replace(new, participants=old.participants)
    return replace(old, ballots={}) == replace(new, ballots={})


def participant_problems(participants: Collection[str]) -> Iterator[tuple[str, str]]:
    """Rule breaks of a round's participants: none, a blank name, the same name twice."""
    names = [p.strip() for p in participants]
    if not names or any(not n for n in names):
        yield "participants", msg("vote.needs_participants")
    if len(set(names)) != len(names):
        yield "participants", msg("vote.same_names")


def round_problems(vote: VotingRound, items: Collection[str]) -> Iterator[tuple[str, str]]:
    """Rule breaks of a round, as (relative path, message); ``items`` are the votable ids."""
    yield from participant_problems(vote.participants)
    if not (isinstance(vote.budget, int) and 1 <= vote.budget <= MAX_BUDGET):
        yield "budget", msg("vote.budget_range", MAX_BUDGET)
    if vote.cap is not None and not (isinstance(vote.cap, int) and 1 <= vote.cap <= MAX_BUDGET):
        yield "cap", msg("vote.cap_range", MAX_BUDGET)
    unknown = [t for t in vote.targets if t not in VOTABLE]
    if unknown or not vote.targets:
        yield "targets", msg("vote.targets", ", ".join(VOTABLE))
    for person, ballot in vote.ballots.items():
        if person not in vote.participants:
            yield f"ballots.{person}", msg("vote.not_participant", quoted(person))
        for item, dots in ballot.items():
            if item not in items:
                yield f"ballots.{person}.{item}", msg("vote.item_missing")
            if not (isinstance(dots, int) and dots > 0):
                yield f"ballots.{person}.{item}", msg("vote.dots_positive")
            elif vote.cap is not None and dots > vote.cap:
                yield f"ballots.{person}.{item}", msg("vote.over_cap", vote.cap)
        if sum(ballot.values()) > vote.budget:
            yield f"ballots.{person}", msg("vote.over_budget", person, vote.budget)


def with_dot(vote: VotingRound, participant: str, item_id: str, delta: int) -> VotingRound:
    """The round after ``participant`` adds (+1) or takes back (-1) a dot on an item."""
    ballots = {p: dict(b) for p, b in vote.ballots.items()}
    _move_dot(vote, ballots, participant, item_id, delta)
    return replace(vote, ballots={p: b for p, b in ballots.items() if b})


def with_dots(
    vote: VotingRound, dots: Iterable[tuple[str, str, int]], check: Callable[[str], None]
) -> tuple[VotingRound, list[tuple[int, str]]]:
    """The round after many dots (participant, item, +1 or -1), each checked as ``with_dot``
    and by ``check(item)``; refused ones are skipped and returned as (position, reason). One
    copy of the ballots for the whole batch, so a crowd's dots cost what they count."""
    ballots = {p: dict(b) for p, b in vote.ballots.items()}
    refused: list[tuple[int, str]] = []
    for i, (participant, item_id, delta) in enumerate(dots):
        try:
            check(item_id)
            _move_dot(vote, ballots, participant, item_id, delta)
        except ModelError as error:
            refused.append((i, str(error)))
    return replace(vote, ballots={p: b for p, b in ballots.items() if b}), refused


def _move_dot(
    vote: VotingRound, ballots: dict[str, dict[str, int]], participant: str, item_id: str,
    delta: int,
) -> None:  # fmt: skip
    """Apply one dot to ``ballots`` (the round's, being changed) if the rules allow it."""
    if not vote.active:
        raise ModelError(msg("vote.ended"))
    if participant not in vote.participants:
        raise ModelError(msg("vote.not_participant", quoted(participant)))
    ballot = ballots.setdefault(participant, {})
    current = ballot.get(item_id, 0)
    if delta > 0 and vote.budget - sum(ballot.values()) < delta:
        raise ModelError(msg("vote.budget_used", participant, vote.budget))
    if delta > 0 and vote.cap is not None and current + delta > vote.cap:
        raise ModelError(msg("vote.cap_reached", vote.cap))
    if current + delta < 0:
        raise ModelError(msg("vote.nothing_to_take_back", participant))
    if current + delta:
        ballot[item_id] = current + delta
    else:
        ballot.pop(item_id, None)


def without_item(vote: VotingRound, item_id: str) -> VotingRound:
    """The round with every dot on a removed item taken off."""
    ballots = {p: {i: d for i, d in b.items() if i != item_id} for p, b in vote.ballots.items()}
    return replace(vote, ballots={p: b for p, b in ballots.items() if b})
