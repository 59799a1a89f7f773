"""Records behave as the frozen dataclasses they replaced: construction and its errors,
defaults, equality, hashing, repr, freezing, replace() and the field names."""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymapper.model import Channel, Stage, Touchpoint, VotingRound
from journeymapper.model.events import MapReset
from journeymapper.model.record import (
    FrozenError,
    field,
    field_names,
    mutable_record,
    record,
    replace,
)


@record
class Card:
    id: str
    size: int = 1
    tags: Mapping[str, str] = field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class CardTwin:  # the same declaration as a stdlib dataclass
    id: str
    size: int = 1
    tags: Mapping[str, str] = dataclasses.field(default_factory=dict)


@record
class Point:
    id: str
    size: int = 1


@dataclasses.dataclass(frozen=True)
class PointTwin:
    id: str
    size: int = 1


@mutable_record
class Tally:
    total: int
    seen: list[str] = field(default_factory=list)


Values = tuple[str, int, dict[str, str]]
texts = st.text(max_size=3)
cards = st.tuples(texts, st.integers(-3, 3), st.dictionaries(texts, texts, max_size=2))


@settings(max_examples=60, deadline=None)
@given(cards, cards)
def test_equality_hash_and_repr_are_as_a_dataclass(a: Values, b: Values) -> None:
    ours, theirs = (Card(*a), Card(*b)), (CardTwin(*a), CardTwin(*b))
    assert (ours[0] == ours[1]) == (theirs[0] == theirs[1])
    assert (ours[0] != ours[1]) == (theirs[0] != theirs[1])
    assert repr(ours[0]) == repr(theirs[0]).replace("CardTwin(", "Card(", 1)
    points = Point(a[0], a[1]), Point(b[0], b[1])
    if points[0] == points[1]:
        assert hash(points[0]) == hash(points[1])
    assert len(set(points)) == len({PointTwin(a[0], a[1]), PointTwin(b[0], b[1])})
    with pytest.raises(TypeError):
        hash(ours[0])  # a dict inside: unhashable, as the dataclass
    with pytest.raises(TypeError):
        hash(theirs[0])


def test_construction_errors_and_defaults_are_as_a_dataclass() -> None:
    for make in (Card, CardTwin):
        name = make.__name__
        for args, kwargs in (((), {}), (("a", 1, {}, 4), {}), (("a",), {"colour": 1}),
                             (("a",), {"id": "b"})):  # fmt: skip
            with pytest.raises(TypeError) as error:
                make(*args, **kwargs)
            assert str(error.value).startswith(f"{name}.__init__()")
        first, second = make("a"), make("a")
        assert first.size == 1 and first.tags == {} and first.tags is not second.tags
    other: object = CardTwin("a")
    assert Card("a") != other and Card("a") != ("a", 1, {})  # type: ignore[comparison-overlap]
    assert Stage.colour == "" and not hasattr(Card, "tags")  # class defaults as a dataclass's


def test_frozen_records_refuse_changes_and_replace_makes_new_ones() -> None:
    stage = Stage("s1", "Sign-up", goal="join")
    with pytest.raises(FrozenError):
        stage.name = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del stage.goal
    moved = replace(stage, name="Welcome")
    assert moved == Stage("s1", "Welcome", goal="join") and stage.name == "Sign-up"
    with pytest.raises(TypeError):
        replace(stage, colour_name="red")
    assert field_names(Touchpoint)[:4] == ("id", "stage_id", "name", "channel")
    assert field_names(stage) == ("id", "name", "goal", "description", "colour")
    assert MapReset() == MapReset() and hash(MapReset()) == hash(MapReset())


def test_records_pickle_and_match_as_dataclasses_do() -> None:
    card = Touchpoint("t1", "s1", "Pay", channel=Channel.WEB, metrics={"csat": 80})
    assert pickle.loads(pickle.dumps(card)) == card
    match card:
        case Touchpoint(id, stage_id, name):
            assert (id, stage_id, name) == ("t1", "s1", "Pay")
    vote = VotingRound(("Ann",), 3, ballots={"Ann": {"t1": 2}})
    assert vote.total("t1") == 2 and replace(vote, ballots={}).total("t1") == 0


def test_a_mutable_record_takes_assignments_and_is_unhashable() -> None:
    tally = Tally(1)
    tally.total += 1
    tally.seen.append("a")
    assert tally == Tally(2, ["a"]) and Tally(1).seen is not Tally(1).seen
    with pytest.raises(TypeError):
        hash(tally)
