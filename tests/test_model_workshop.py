"""Workshop rules in the model: dot-voting budgets and take-backs, and the facilitator lock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymapper.io.codec import FORMAT_VERSION
from journeymapper.io.jmap import dumps_map, load_map, loads_map
from journeymapper.model import JourneyMap, ModelError, VotingRound
from journeymapper.model.analysis import ranked_annotations
from journeymapper.model.summary import summarize

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def voting_map(small_map: JourneyMap) -> JourneyMap:
    small_map.set_voting(VotingRound(("Ilze", "Олег"), budget=2, targets=("pain_point",)))
    return small_map


def test_dots_are_limited_by_the_budget_and_can_stack(voting_map: JourneyMap) -> None:
    pain = voting_map.annotations()[0]
    voting_map.cast_vote("Ilze", pain.id)
    voting_map.cast_vote("Ilze", pain.id)
    with pytest.raises(ModelError, match="used all 2 dots"):
        voting_map.cast_vote("Ilze", pain.id)
    assert voting_map.voting is not None and voting_map.voting.dots("Ilze", pain.id) == 2
    assert voting_map.vote_total(pain.id) == 2 + pain.votes


def test_a_participant_takes_back_only_their_own_dots(voting_map: JourneyMap) -> None:
    pain = voting_map.annotations()[0]
    voting_map.cast_vote("Ilze", pain.id)
    with pytest.raises(ModelError, match="no dot"):
        voting_map.take_back_vote("Олег", pain.id)
    voting_map.take_back_vote("Ilze", pain.id)
    assert voting_map.voting is not None and voting_map.voting.remaining("Ilze") == 2


def test_votes_only_on_the_round_targets_and_by_participants(voting_map: JourneyMap) -> None:
    opportunity = voting_map.annotations()[1]
    with pytest.raises(ModelError, match="does not vote on that kind"):
        voting_map.cast_vote("Ilze", opportunity.id)
    with pytest.raises(ModelError, match="not a participant"):
        voting_map.cast_vote("Mallory", voting_map.annotations()[0].id)


def test_an_ended_round_takes_no_more_dots(voting_map: JourneyMap) -> None:
    assert voting_map.voting is not None
    voting_map.set_voting(VotingRound(("Ilze",), 2, active=False))
    with pytest.raises(ModelError, match="ended"):
        voting_map.cast_vote("Ilze", voting_map.annotations()[0].id)


def test_dots_change_the_ranking_and_show_in_the_summary(small_map: JourneyMap) -> None:
    site = small_map.touchpoints()[1]
    mild = small_map.add_annotation("pain_point", site.id, "Медленный сайт", severity=3)
    small_map.set_voting(VotingRound(("A", "B"), 5))
    for person in ("A", "B"):
        for _ in range(3):
            small_map.cast_vote(person, mild.id)
    assert ranked_annotations(small_map)[0] == mild
    summary = summarize(small_map)
    assert summary["voting"]["ballots"]["A"] == {"Медленный сайт": 3}
    assert summary["ranked_pain_points"][0]["votes"] == 6


def test_removing_a_voted_item_removes_its_dots_and_undo_brings_them_back(
    voting_map: JourneyMap,
) -> None:
    pain = voting_map.annotations()[0]
    voting_map.cast_vote("Олег", pain.id)
    before = voting_map.voting
    removal = voting_map.remove(pain.id)
    assert voting_map.voting is not None and voting_map.voting.totals() == {}
    voting_map.restore(removal)
    assert voting_map.voting == before


def test_votes_survive_save_and_load(voting_map: JourneyMap) -> None:
    pain = voting_map.annotations()[0]
    voting_map.cast_vote("Олег", pain.id)
    loaded = loads_map(dumps_map(voting_map))
    assert loaded.voting == voting_map.voting


def test_a_round_in_a_file_is_checked(voting_map: JourneyMap) -> None:
    data = json.loads(dumps_map(voting_map))
    data["voting"]["ballots"] = {"Ilze": {"ghost": 1}, "Eve": {}}
    with pytest.raises(Exception) as info:
        loads_map(json.dumps(data).encode(), "v.jmap")
    wheres = [p.where for p in info.value.problems]  # type: ignore[attr-defined]
    assert "$.voting.ballots.Ilze.ghost" in wheres and "$.voting.ballots.Eve" in wheres


def test_lock_blocks_structure_but_allows_cards_notes_and_votes(voting_map: JourneyMap) -> None:
    stage = voting_map.stages()[0]
    card = voting_map.touchpoints()[0]
    voting_map.set_setting("locked", True)
    for edit in (
        lambda: voting_map.add_stage("Новая"),
        lambda: voting_map.update(stage.id, name="Другое"),
        lambda: voting_map.move(stage.id, 1),
        lambda: voting_map.remove(stage.id),
        lambda: voting_map.move_touchpoint(card.id, voting_map.stages()[1].id, 0),
        lambda: voting_map.remove(voting_map.lanes()[0].id),
    ):
        with pytest.raises(ModelError, match="locked by the facilitator"):
            edit()
    added = voting_map.add_touchpoint(stage.id, "Идея с доски", author="Ilze", colour="#ffe066")
    voting_map.add_annotation("pain_point", added.id, "Нет чата")
    voting_map.cast_vote("Ilze", voting_map.annotations()[0].id)
    voting_map.set_setting("locked", False)
    voting_map.move(stage.id, 1)


def test_version_1_files_migrate_to_the_current_format() -> None:
    journey = load_map(DATA / "format-v1.jmap")
    assert journey.voting is None
    assert all(tp.author == "" and tp.colour == "" for tp in journey.touchpoints())
    data = json.loads(dumps_map(journey))
    assert data["format_version"] == FORMAT_VERSION and data["voting"] is None


def test_hidden_rounds_keep_their_dots_out_of_the_shown_counts(voting_map: JourneyMap) -> None:
    pain = voting_map.annotations()[0]
    assert voting_map.voting is not None
    voting_map.set_voting(VotingRound(("Ilze", "Олег"), 2, hidden=True))
    voting_map.cast_vote("Ilze", pain.id)
    assert voting_map.shown_votes(pain.id) == pain.votes
    assert voting_map.vote_total(pain.id) == pain.votes + 1
    voting_map.set_voting(VotingRound(("Ilze", "Олег"), 2, ballots={"Ilze": {pain.id: 1}}))
    assert voting_map.shown_votes(pain.id) == pain.votes + 1


def test_a_batch_of_dots_is_the_same_as_casting_them_one_by_one() -> None:
    """A room casts a crowd's dots as one change (``cast_votes``): it must end as the same
    round, refusing the same dots for the same reasons, as casting them one at a time."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from journeymapper.templates import build_template

    base = build_template("e-shop", "en")
    pains = [a.id for a in base.annotations() if a.kind.value == "pain_point"][:3]
    card = base.touchpoints()[0].id  # not votable in this round
    people = ("Ann", "Bo", "Cy")
    dot = st.tuples(st.sampled_from((*people, "Stranger")), st.sampled_from((*pains, card)),
                    st.sampled_from((1, -1)))  # fmt: skip

    saved = dumps_map(base)

    @settings(max_examples=40, deadline=None)
    @given(st.lists(dot, max_size=20), st.booleans())
    def check(dots: list[tuple[str, str, int]], ended: bool) -> None:
        start = VotingRound(people, budget=3, cap=2, active=not ended)
        one, batch = loads_map(saved), loads_map(saved)
        one.set_voting(start)
        batch.set_voting(start)
        refused = []
        for i, (who, item, delta) in enumerate(dots):
            try:
                (one.cast_vote if delta > 0 else one.take_back_vote)(who, item)
            except ModelError as error:
                refused.append((i, str(error)))
        assert batch.cast_votes(dots) == refused
        assert batch.voting == one.voting

    check()
