"""Analysis: paths, dead ends, unreachable cards, loops, ranked pains, lowest moments, summary."""

from __future__ import annotations

from journeymapper.model import FlowKind, JourneyMap, analysis, sequential_ids
from journeymapper.model.summary import summarize


def _chain() -> tuple[JourneyMap, list[str]]:
    journey = JourneyMap(id_generator=sequential_ids())
    stages = [journey.add_stage(n).id for n in ("A", "B", "C")]
    cards = [
        journey.add_touchpoint(stages[0], "a1").id,
        journey.add_touchpoint(stages[1], "b1").id,
        journey.add_touchpoint(stages[1], "b2").id,
        journey.add_touchpoint(stages[2], "c1").id,
        journey.add_touchpoint(stages[1], "orphan").id,
    ]
    journey.add_flow(cards[0], cards[1])
    journey.add_flow(cards[1], cards[3])
    journey.add_flow(cards[0], cards[2], FlowKind.ALTERNATE)
    return journey, cards


def test_dead_ends_are_cards_before_the_last_stage_with_no_way_out() -> None:
    journey, cards = _chain()
    assert analysis.dead_ends(journey) == [cards[2], cards[4]]
    journey.add_flow(cards[2], None, FlowKind.EXIT, percent=10)
    assert analysis.dead_ends(journey) == [cards[4]]


def test_unreachable_cards_have_no_forward_flow_from_the_first_stage() -> None:
    journey, cards = _chain()
    assert analysis.unreachable(journey) == [cards[4]]


def test_paths_and_main_path() -> None:
    journey, cards = _chain()
    assert analysis.paths(journey) == [[cards[0], cards[1], cards[3]]]
    assert analysis.main_path(journey) == [cards[0], cards[1], cards[3]]
    assert analysis.path_count(journey) == 1


def test_path_count_multiplies_branches_and_ignores_back_flows() -> None:
    journey, cards = _chain()
    journey.add_flow(cards[2], cards[3], FlowKind.SHORTCUT)  # a second way through B
    journey.add_flow(cards[3], cards[0], FlowKind.BACK)
    assert analysis.path_count(journey) == 2
    assert sorted(map(len, analysis.paths(journey))) == [3, 3]


def test_back_flows_make_loops() -> None:
    journey, cards = _chain()
    journey.add_flow(cards[3], cards[0], FlowKind.BACK)
    assert sorted(map(sorted, analysis.loops(journey))) == [sorted([cards[0], cards[1], cards[3]])]


def test_a_map_without_flows_has_no_structural_findings() -> None:
    journey = JourneyMap()
    stage = journey.add_stage("A")
    journey.add_touchpoint(stage.id, "x")
    assert analysis.dead_ends(journey) == analysis.unreachable(journey) == []


def test_pains_rank_by_severity_times_votes() -> None:
    journey, cards = _chain()
    low = journey.add_annotation("pain_point", cards[0], "low", severity=2, votes=0)
    voted = journey.add_annotation("pain_point", cards[1], "voted", severity=2, votes=5)
    severe = journey.add_annotation("pain_point", cards[1], "severe", severity=5, votes=0)
    assert analysis.ranked_annotations(journey) == [voted, severe, low]


def test_lowest_moments_per_persona(small_map: JourneyMap) -> None:
    anna = small_map.personas()[0]
    lows = analysis.lowest_moments(small_map)[anna.id]
    assert [(small_map.touchpoint(p.touchpoint_id).name, p.value) for p in lows] == [
        ("Оплата", -2.0),
        ("Реклама в соцсетях", 1.0),
    ]


def test_summary_has_the_info_json_keys(small_map: JourneyMap) -> None:
    data = summarize(small_map)
    for key in ("stages", "touchpoints", "personas", "flows", "pain_points", "opportunities"):
        assert isinstance(data[key], int)
    assert (data["stages"], data["touchpoints"], data["flows"]) == (2, 3, 3)
    assert data["dead_ends"] == [] and data["unreachable"] == []
    assert data["ranked_pain_points"][0]["text"] == "Длинная форма"


def test_lowest_moments_ties_keep_map_order() -> None:
    journey = JourneyMap(id_generator=sequential_ids())
    anna = journey.add_persona("Anna")
    stage = journey.add_stage("A")
    feelings = {"calm": 1, "first low": -1, "second low": -1, "worse": -2, "third low": -1}
    for name, value in feelings.items():
        card = journey.add_touchpoint(stage.id, name)
        journey.set_emotion(card.id, anna.id, value)
    lows = analysis.lowest_moments(journey)[anna.id]
    assert [journey.touchpoint(p.touchpoint_id).name for p in lows] == [
        "worse",
        "first low",
        "second low",
    ]
