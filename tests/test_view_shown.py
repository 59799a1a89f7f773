"""What a view shows (``layout.options.shown``): the one rule the deck, notes and copies share."""

from __future__ import annotations

from journeymapper.layout.options import LayoutOptions, Shown, shown, visible
from journeymapper.model import AnnotationKind, JourneyMap, LaneKind, sequential_ids


def _map() -> JourneyMap:
    journey = JourneyMap(id_generator=sequential_ids())
    journey.add_persona("Anna")
    lanes = {
        kind: journey.add_lane(kind, kind.value).id
        for kind in (LaneKind.TOUCHPOINTS, LaneKind.EMOTION, LaneKind.PAIN_POINTS)
    }
    lanes[LaneKind.OPPORTUNITIES] = journey.add_lane(LaneKind.OPPORTUNITIES, "o").id
    first, second = journey.add_stage("First"), journey.add_stage("Second")
    card = journey.add_touchpoint(first.id, "Order")
    other = journey.add_touchpoint(second.id, "Pay")
    journey.add_annotation("pain_point", card.id, "slow form")
    journey.add_annotation("pain_point", second.id, "no receipt")
    journey.add_annotation("opportunity", other.id, "one click")
    everything = tuple(lanes.values())
    journey.add_view("first", stages=(first.id,))
    journey.add_view("quiet", lanes=(lanes[LaneKind.PAIN_POINTS],))
    journey.add_view("all", lanes=everything)
    return journey


def _shown(journey: JourneyMap, view: str) -> Shown:
    view_id = next(v.id for v in journey.views() if v.name == view)
    return shown(journey, visible(journey, LayoutOptions(view_id=view_id)))


def _texts(journey: JourneyMap, ids: frozenset[str]) -> set[str]:
    return {journey.annotation(i).text for i in ids}


def test_a_view_of_one_stage_shows_its_cards_notes_and_feelings() -> None:
    journey = _map()
    first = _shown(journey, "first")
    assert [[tp.name for tp in tps] for tps in first.cards.values()] == [["Order"]]
    assert _texts(journey, first.note_ids) == {"slow form"}
    assert [p.name for p in first.personas] == ["Anna"]


def test_without_their_lanes_cards_and_feelings_are_hidden_but_notes_on_cards_stay() -> None:
    journey = _map()
    quiet = _shown(journey, "quiet")  # only the pain points lane
    assert quiet.cards == {} and quiet.personas == []
    assert quiet.note_kinds == frozenset({AnnotationKind.PAIN_POINT})
    assert _texts(journey, quiet.note_ids) == {"slow form", "no receipt"}
    assert _texts(journey, _shown(journey, "all").note_ids) == {
        "slow form",
        "no receipt",
        "one click",
    }
