"""Dot voting: a round's participants, budget, ballots, and the rules for casting a dot."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace

from .errors import ModelError
from .messages import msg, quoted

MAX_BUDGET = 100
VOTABLE = ("pain_point", "opportunity", "touchpoint")


@dataclass(frozen=True)
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
        totals: dict[str, int] = {}
        for ballot in self.ballots.values():
            for item, dots in ballot.items():
                totals[item] = totals.get(item, 0) + dots
        return totals


def round_problems(vote: VotingRound, items: Collection[str]) -> Iterator[tuple[str, str]]:
    """Rule breaks of a round, as (relative path, message); ``items`` are the votable ids."""
    names = [p.strip() for p in vote.participants]
    if not names or any(not n for n in names):
        yield "participants", msg("vote.needs_participants")
    if len(set(names)) != len(names):
        yield "participants", msg("vote.same_names")
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
    if not vote.active:
        raise ModelError(msg("vote.ended"))
    if participant not in vote.participants:
        raise ModelError(msg("vote.not_participant", quoted(participant)))
    current = vote.dots(participant, item_id)
    if delta > 0 and vote.remaining(participant) < delta:
        raise ModelError(msg("vote.budget_used", participant, vote.budget))
    if delta > 0 and vote.cap is not None and current + delta > vote.cap:
        raise ModelError(msg("vote.cap_reached", vote.cap))
    if current + delta < 0:
        raise ModelError(msg("vote.nothing_to_take_back", participant))
    ballot = dict(vote.ballots.get(participant, {}))
    if current + delta:
        ballot[item_id] = current + delta
    else:
        ballot.pop(item_id, None)
    ballots = {**vote.ballots, participant: ballot}
    return replace(vote, ballots={p: b for p, b in ballots.items() if b})


def without_item(vote: VotingRound, item_id: str) -> VotingRound:
    """The round with every dot on a removed item taken off."""
    ballots = {p: {i: d for i, d in b.items() if i != item_id} for p, b in vote.ballots.items()}
    return replace(vote, ballots={p: b for p, b in ballots.items() if b})
