"""Room mode without a network: the room's checks, intents landing in the map, the file fields."""

from __future__ import annotations

from dataclasses import replace

import pytest

from journeymapper.io.jmap import dumps_map, loads_map
from journeymapper.model import JourneyMap, ModelError, VotingRound
from journeymapper.model.crowd import crowd_points
from journeymapper.model.record import replace as replace_record
from journeymapper.room.board import board_of
from journeymapper.room.intents import AddNote, CastDot, apply_intent
from journeymapper.room.limits import Bucket, JoinGuard
from journeymapper.room.state import Refused, Room, Settings


def _room(journey: JourneyMap, **settings: object) -> Room:
    room = Room(Settings(**settings))  # type: ignore[arg-type]
    room.publish(board_of(journey, 0))
    return room


def _land(room: Room, journey: JourneyMap, intent: object) -> None:
    apply_intent(journey, intent)  # type: ignore[arg-type]
    room.publish(board_of(journey, intent.seq))  # type: ignore[attr-defined]


def test_a_note_lands_as_a_room_card_with_its_author_and_reloads(small_map: JourneyMap) -> None:
    room = _room(small_map)
    anna = room.join("k" * 32, "  Anna\x00\n ", "participant")
    assert anna.name == "Anna"
    stage = small_map.stages()[0]
    intent = room.note(anna, stage.id, "card", "<b>Too\tmany</b>\nads")
    assert intent is not None
    _land(room, small_map, intent)
    card = [tp for tp in small_map.touchpoints(stage.id) if tp.room]
    assert [(c.name, c.author) for c in card] == [("<b>Too many</b> ads", "Anna")]
    again = loads_map(dumps_map(small_map))
    assert [tp.author for tp in again.touchpoints(stage.id) if tp.room] == ["Anna"]


def test_pain_points_from_the_room_keep_their_author(small_map: JourneyMap) -> None:
    room = _room(small_map, note_kinds=("card", "pain_point"))
    who = room.join("a" * 32, "", "participant")
    stage = small_map.stages()[1]
    with pytest.raises(Refused, match="kind"):
        room.note(who, stage.id, "opportunity", "x")
    intent = room.note(who, stage.id, "pain_point", "Slow checkout")
    assert intent is not None
    _land(room, small_map, intent)
    notes = [a for a in loads_map(dumps_map(small_map)).annotations() if a.room]
    assert [(n.text, n.author, n.target) for n in notes] == [("Slow checkout", "Guest 1", stage.id)]


def test_names_stay_unique_and_a_known_key_comes_back_as_itself(small_map: JourneyMap) -> None:
    room = _room(small_map)
    first = room.join("1" * 32, "Ivo", "participant")
    second = room.join("2" * 32, "ivo", "participant")
    assert (first.name, second.name) == ("Ivo", "ivo 2")
    assert room.join("1" * 32, "someone else", "participant") is first
    room.settings = replace(room.settings, locked=True)
    with pytest.raises(Refused, match="locked"):
        room.join("3" * 32, "late", "participant")
    assert room.join("2" * 32, "", "participant") is second  # coming back is not joining


def test_a_phone_never_takes_over_a_voter_the_facilitator_named(small_map: JourneyMap) -> None:
    small_map.set_voting(VotingRound(("Anna", "Boris"), 3, ("pain_point",)))
    room = _room(small_map)
    assert room.join("1" * 32, "anna", "participant").name == "anna 2"


def test_phase_open_stages_and_viewers_are_enforced(small_map: JourneyMap) -> None:
    first, second = (s.id for s in small_map.stages())
    room = _room(small_map, phase="vote", open_stages=frozenset({second}))
    who = room.join("p" * 32, "P", "participant")
    viewer = room.join("v" * 32, "V", "viewer")
    with pytest.raises(Refused, match="phase"):
        room.note(who, second, "card", "text")
    room.settings = replace(room.settings, phase="all")
    with pytest.raises(Refused, match="stage"):
        room.note(who, first, "card", "text")
    with pytest.raises(Refused, match="viewer"):
        room.note(viewer, second, "card", "text")
    with pytest.raises(Refused, match="empty"):
        room.note(who, second, "card", " \n\x07 ")
    with pytest.raises(Refused, match="stage"):
        room.rate(who, "no-such-stage", 1)
    with pytest.raises(Refused, match="scale"):
        room.rate(who, second, 3)
    room.settings = replace(room.settings, phase="closed")
    with pytest.raises(Refused, match="phase"):
        room.rate(who, second, 1)


def test_budget_and_cap_count_dots_still_on_their_way(small_map: JourneyMap) -> None:
    room = _room(small_map, phase="vote", dots=3, cap=2)
    who = room.join("p" * 32, "P", "participant")
    items = list(room.board.votable)
    room.vote(who, items[0], 1)
    room.vote(who, items[0], 1)
    with pytest.raises(Refused, match="cap"):
        room.vote(who, items[0], 1)
    last = room.vote(who, items[1], 1)
    with pytest.raises(Refused, match="budget"):
        room.vote(who, items[2], 1)  # nothing applied yet: the in-flight dots count
    with pytest.raises(Refused, match="none"):
        room.vote(who, items[2], -1)
    assert room.view(who)["remaining"] == 0
    for intent in room.in_flight():
        apply_intent(small_map, intent)
    room.publish(board_of(small_map, last.seq))
    assert room.view(who)["remaining"] == 0
    assert small_map.voting is not None and small_map.voting.cap == 2
    assert small_map.voting.ballots["P"] == {items[0]: 2, items[1]: 1}
    room.vote(who, items[0], -1)
    assert room.view(who)["remaining"] == 1


def test_a_refused_dot_in_the_map_gives_the_dot_back(small_map: JourneyMap) -> None:
    room = _room(small_map, phase="vote")
    who = room.join("p" * 32, "P", "participant")
    item = next(iter(room.board.votable))
    intent = room.vote(who, item, 1)
    small_map.remove(item)  # the facilitator deleted it meanwhile
    with pytest.raises(ModelError):
        apply_intent(small_map, intent)
    room.publish(board_of(small_map, intent.seq))
    assert room.view(who)["remaining"] == 3


def test_queue_mode_holds_notes_until_approved(small_map: JourneyMap) -> None:
    room = _room(small_map, queue=True)
    who = room.join("p" * 32, "P", "participant")
    stage = small_map.stages()[0].id
    assert room.note(who, stage, "card", "wait for me") is None
    assert room.note(who, stage, "card", "and me") is None
    assert room.view(who)["waiting"] == 2
    first, second = (p.id for p in room.pending)
    room.reject(second)
    approved = room.approve(first)
    assert isinstance(approved, AddNote) and approved.text == "wait for me"
    assert room.pending == [] and room.approve(first) is None


def test_hidden_notes_leave_the_page(small_map: JourneyMap) -> None:
    room = _room(small_map)
    who = room.join("p" * 32, "P", "participant")
    item = room.view(who)["items"][0]["id"]
    room.hidden.add(item)
    assert item not in [i["id"] for i in room.view(who)["items"]]
    room.settings = replace(room.settings, phase="vote")
    with pytest.raises(Refused, match="item"):
        room.vote(who, item, 1)


def test_hidden_round_keeps_totals_off_the_page(small_map: JourneyMap) -> None:
    room = _room(small_map, phase="vote", show_results=True)
    who = room.join("p" * 32, "P", "participant")
    item = next(iter(room.board.votable))
    intent = room.vote(who, item, 1)
    _land(room, small_map, intent)
    assert small_map.voting is not None
    shown = {i["id"]: i["votes"] for i in room.view(who)["items"]}
    assert shown[item] >= 1
    small_map.set_voting(replace_record(small_map.voting, hidden=True))
    room.publish(board_of(small_map, intent.seq))
    assert {i["votes"] for i in room.view(who)["items"]} == {None}


def test_crowd_ratings_mean_and_band_survive_the_file(small_map: JourneyMap) -> None:
    stage = small_map.stages()[0].id
    for who, value in (("a", -2), ("b", 0), ("c", 2), ("d", 2)):
        small_map.set_crowd_rating(stage, who, value)
    (point,) = crowd_points(small_map.crowd, [s.id for s in small_map.stages()])
    assert (point.mean, point.count) == (0.5, 4)
    assert point.low < point.mean < point.high <= 2
    again = loads_map(dumps_map(small_map))
    assert again.crowd == small_map.crowd
    with pytest.raises(ModelError):
        small_map.set_crowd_rating(stage, "e", 5)
    removal = small_map.remove(stage)
    assert stage not in small_map.crowd
    small_map.restore(removal)
    assert len(small_map.crowd[stage]) == 4


def test_cast_dot_enrols_the_participant_in_the_running_round(small_map: JourneyMap) -> None:
    item = small_map.annotations()[0].id
    apply_intent(small_map, CastDot(1, "Room 1", item, 1, 3, None))
    apply_intent(small_map, CastDot(2, "Room 2", item, 1, 3, None))
    assert small_map.voting is not None
    assert small_map.voting.participants == ("Room 1", "Room 2")
    assert small_map.vote_total(item) == 2 + 2  # its own 2 votes and the two dots


def test_rate_limits_refill_with_time() -> None:
    now = [0.0]
    bucket = Bucket(rate=2, burst=3, clock=lambda: now[0])
    assert [bucket.take() for _ in range(4)] == [True, True, True, False]
    now[0] += 0.5
    assert bucket.take() and not bucket.take()
    guard = JoinGuard(per_address=2, overall=100, clock=lambda: now[0])
    guard.failed("10.0.0.9")
    guard.failed("10.0.0.9")
    assert not guard.allowed("10.0.0.9") and guard.allowed("10.0.0.8")
    now[0] += 60
    assert guard.allowed("10.0.0.9")
