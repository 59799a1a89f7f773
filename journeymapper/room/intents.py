"""What a participant asked for, checked by the room, and how each lands in the map."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import JourneyMap, ModelError, VotingRound
from ..model.messages import msg
from ..model.record import replace
from ..model.voting import VOTABLE

NOTE_KINDS = ("card", "pain_point", "opportunity")


@dataclass(frozen=True)
class AddNote:
    """A note for a stage: a card in the touchpoints lane or a pain point / opportunity."""

    seq: int
    stage_id: str
    kind: str
    text: str
    author: str


@dataclass(frozen=True)
class CastDot:
    """``participant`` puts a dot on an item (delta +1) or takes one back (delta -1)."""

    seq: int
    participant: str
    item_id: str
    delta: int
    budget: int
    cap: int | None


@dataclass(frozen=True)
class RateStage:
    """How ``participant`` felt at a stage (None takes the rating back)."""

    seq: int
    participant: str
    stage_id: str
    value: int | None


Intent = AddNote | CastDot | RateStage


def note_fields(intent: AddNote) -> tuple[str, dict[str, Any]]:
    """The entity kind ("touchpoint" or "annotation") and fields a note becomes."""
    if intent.kind == "card":
        fields = {"stage_id": intent.stage_id, "name": intent.text, "room": True}
        return "touchpoint", {**fields, "author": intent.author}
    fields = {"kind": intent.kind, "target": intent.stage_id, "text": intent.text, "room": True}
    return "annotation", {**fields, "author": intent.author}


def add_note(journey: JourneyMap, intent: AddNote) -> str:
    """Put the note into the map; returns the new entity's id."""
    kind, fields = note_fields(intent)
    if kind == "touchpoint":
        return journey.add_touchpoint(**fields).id
    return journey.add_annotation(**fields).id


def room_round(vote: VotingRound | None, intent: CastDot) -> VotingRound:
    """The round with the voter in it (a new round over every votable kind if none runs)."""
    if vote is None:
        return VotingRound((intent.participant,), intent.budget, VOTABLE, cap=intent.cap)
    if not vote.active:
        raise ModelError(msg("vote.ended"))
    if intent.participant in vote.participants:
        return vote
    return replace(vote, participants=(*vote.participants, intent.participant))


def cast_dot(journey: JourneyMap, intent: CastDot) -> None:
    """Cast or take back one dot, enrolling the participant in the round first."""
    current = journey.voting
    if intent.delta < 0 and current is None:
        raise ModelError(msg("vote.no_round"))
    enrolled = room_round(current, intent)
    if enrolled is not current:
        journey.set_voting(enrolled)
    try:
        if intent.delta > 0:
            journey.cast_vote(intent.participant, intent.item_id)
        else:
            journey.take_back_vote(intent.participant, intent.item_id)
    except ModelError:
        journey.set_voting(current)
        raise


def cast_dots(journey: JourneyMap, dots: list[CastDot]) -> int:
    """Cast many dots with one change of the round (a crowd voting at once); returns how many
    were refused by the map (an item deleted meanwhile, a round ended)."""
    if not dots:
        return 0
    if journey.voting is None:  # the room's first dot starts a round
        journey.set_voting(room_round(None, dots[0]))
    current = journey.voting
    assert current is not None
    newcomers = [d.participant for d in dots if d.participant not in current.participants]
    refused = journey.cast_votes([(d.participant, d.item_id, d.delta) for d in dots], newcomers)
    return len(refused)


def apply_intent(journey: JourneyMap, intent: Intent) -> None:
    """Apply one intent straight to the model (the headless room; the GUI uses commands)."""
    if isinstance(intent, AddNote):
        add_note(journey, intent)
    elif isinstance(intent, CastDot):
        cast_dot(journey, intent)
    else:
        journey.set_crowd_rating(intent.stage_id, intent.participant, intent.value)


def split(intents: list[Intent]) -> tuple[list[AddNote], list[CastDot], list[RateStage]]:
    """A batch by kind (their order across kinds does not matter: a phone can only vote on
    notes the map already had when it last heard from the room)."""
    notes = [i for i in intents if isinstance(i, AddNote)]
    dots = [i for i in intents if isinstance(i, CastDot)]
    rates = [i for i in intents if isinstance(i, RateStage)]
    return notes, dots, rates


def apply_batch(journey: JourneyMap, intents: list[Intent]) -> int:
    """Apply a batch straight to the model, dots as one change; returns how many were refused."""
    notes, dots, rates = split(intents)
    refused = 0
    singles: list[Intent] = [*notes, *rates]
    for intent in singles:
        try:
            apply_intent(journey, intent)
        except ModelError:
            refused += 1
    try:
        refused += cast_dots(journey, dots)
    except ModelError:
        refused += len(dots)
    return refused
