"""Pure helpers for people in the room: sticky-note colours, voting targets and the ranking."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import EntityKind, JourneyMap, VotingRound

# Light sticky-note colours that stay apart for colour-blind readers (Okabe–Ito family).
STICKY_COLOURS = (
    "#e69f00",
    "#56b4e9",
    "#009e73",
    "#cc79a7",
    "#0072b2",
    "#d55e00",
    "#f0e442",
    "#999999",
)


def participant_colour(names: list[str], name: str) -> str:
    """A stable colour for ``name``: its position in ``names`` picks from the sticky palette."""
    if name in names:
        return STICKY_COLOURS[names.index(name) % len(STICKY_COLOURS)]
    return STICKY_COLOURS[sum(map(ord, name)) % len(STICKY_COLOURS)] if name else ""


def known_authors(journey: JourneyMap) -> list[str]:
    """Names to pick from: the voting round's participants, then card authors, in order."""
    names: list[str] = list(journey.voting.participants) if journey.voting else []
    for tp in journey.touchpoints():
        if tp.author and tp.author not in names:
            names.append(tp.author)
    return names


def target_of(journey: JourneyMap, item_id: str) -> str | None:
    """What a round would call this item: "pain_point", "opportunity", "touchpoint" or None."""
    kind = journey.kind_of(item_id)
    if kind is EntityKind.TOUCHPOINT:
        return "touchpoint"
    if kind is EntityKind.ANNOTATION:
        return journey.annotation(item_id).kind.value
    return None


def votable(journey: JourneyMap, vote: VotingRound, item_id: str) -> bool:
    return target_of(journey, item_id) in vote.targets


def item_label(journey: JourneyMap, item_id: str) -> str:
    kind = journey.kind_of(item_id)
    if kind is EntityKind.TOUCHPOINT:
        return journey.touchpoint(item_id).name
    if kind is EntityKind.ANNOTATION:
        return journey.annotation(item_id).text
    return item_id


@dataclass(frozen=True)
class RankedItem:
    """One item of a revealed round: its dots in this round and its place (1 = most dots)."""

    item_id: str
    dots: int
    place: int


def ranking(journey: JourneyMap, vote: VotingRound) -> list[RankedItem]:
    """The round's items by dots, most first; ties share a place and keep map order."""
    totals = vote.totals()
    order = [t.id for t in journey.touchpoints()] + [a.id for a in journey.annotations()]
    items = [i for i in order if totals.get(i, 0) > 0]
    items.sort(key=lambda i: -totals[i])
    ranked: list[RankedItem] = []
    for index, item_id in enumerate(items):
        same = ranked and ranked[-1].dots == totals[item_id]
        place = ranked[-1].place if same else index + 1
        ranked.append(RankedItem(item_id, totals[item_id], place))
    return ranked
