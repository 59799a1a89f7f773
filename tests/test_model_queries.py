"""Notes per card stay right through edits (the per-target index is rebuilt after each)."""

from __future__ import annotations

from journeymapper.model import JourneyMap, sequential_ids


def test_notes_of_a_card_follow_adds_moves_and_removals() -> None:
    journey = JourneyMap("Notes", id_generator=sequential_ids("n"))
    stage = journey.add_stage("Buy").id
    a = journey.add_touchpoint(stage, "Cart").id
    b = journey.add_touchpoint(stage, "Pay").id
    first = journey.add_annotation("pain_point", a, "Slow").id
    assert [n.text for n in journey.annotations(target=a)] == ["Slow"]
    second = journey.add_annotation("opportunity", a, "Faster").id
    assert [n.text for n in journey.annotations(target=a)] == ["Slow", "Faster"]
    journey.update(first, target=b)
    assert [n.text for n in journey.annotations(target=a)] == ["Faster"]
    assert [n.text for n in journey.annotations(target=b)] == ["Slow"]
    journey.remove(second)
    assert journey.annotations(target=a) == []
    assert [n.id for n in journey.annotations(target=b, kind=None)] == [first]
