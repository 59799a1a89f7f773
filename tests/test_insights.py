"""Insights: the drop-off funnel along the main path and the as-is/to-be gap."""

from __future__ import annotations

from journeymapper.model import FlowKind, JourneyMap, sequential_ids
from journeymapper.model.insights import drop_off_at, funnel, gaps


def test_funnel_multiplies_drop_offs_along_the_main_path() -> None:
    journey = JourneyMap(id_generator=sequential_ids())
    stages = [journey.add_stage(n).id for n in ("Ad", "Site", "Pay")]
    ad = journey.add_touchpoint(stages[0], "ad", metrics={"drop_off": 50})
    site = journey.add_touchpoint(stages[1], "site")
    pay = journey.add_touchpoint(stages[2], "pay")
    journey.add_flow(ad.id, site.id, FlowKind.MAIN)
    journey.add_flow(site.id, pay.id, FlowKind.MAIN)
    journey.add_flow(site.id, None, FlowKind.EXIT, percent=20)
    steps = funnel(journey)
    assert [(s.touchpoint_id, s.remaining, s.lost_here) for s in steps] == [
        (ad.id, 100.0, 50.0),
        (site.id, 50.0, 10.0),
        (pay.id, 40.0, 0.0),
    ]


def test_main_flow_percentage_means_the_share_that_goes_on() -> None:
    journey = JourneyMap()
    stage = journey.add_stage("A")
    a, b = journey.add_touchpoint(stage.id, "a"), journey.add_touchpoint(stage.id, "b")
    journey.add_flow(a.id, b.id, FlowKind.MAIN, percent=70)
    assert drop_off_at(journey, a.id) == 30.0


def test_gaps_rank_the_largest_difference_first(small_map: JourneyMap) -> None:
    anna = small_map.personas()[0]
    cards = small_map.touchpoints()
    small_map.set_emotion(cards[2].id, anna.id, -2, 2)
    found = gaps(small_map)
    assert [(g.touchpoint_id, g.delta) for g in found] == [(cards[2].id, 4.0), (cards[0].id, 1.0)]
