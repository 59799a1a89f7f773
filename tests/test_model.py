"""The model's edits, rules, events and removals, with no Qt anywhere."""

from __future__ import annotations

import pytest

from journeymapper.model import (
    AttributeChanged,
    EmotionScale,
    EntityAdded,
    EntityKind,
    EntityMoved,
    EntityRemoved,
    FlowKind,
    JourneyMap,
    MapAttributeChanged,
    ModelError,
    sequential_ids,
)


def _state(journey: JourneyMap) -> tuple[object, ...]:
    return (
        journey.stages(),
        journey.lanes(),
        journey.personas(),
        journey.touchpoints(),
        journey.flows(),
        journey.annotations(),
        journey.views(),
        journey.emotion_scale,
    )


def test_edits_emit_typed_events_with_old_and_new_values() -> None:
    journey = JourneyMap(id_generator=sequential_ids())
    events: list[object] = []
    journey.subscribe(events.append)
    stage = journey.add_stage("Awareness")
    journey.update(stage.id, name="Discovery")
    journey.set_setting("title", "Sneakers")
    assert events == [
        EntityAdded(EntityKind.STAGE, stage.id, stage, 0),
        AttributeChanged(EntityKind.STAGE, stage.id, "name", "Awareness", "Discovery"),
        MapAttributeChanged("title", "Untitled journey", "Sneakers"),
    ]


def test_unsubscribe_stops_events() -> None:
    journey = JourneyMap()
    events: list[object] = []
    unsubscribe = journey.subscribe(events.append)
    unsubscribe()
    journey.add_stage("A")
    assert events == []


def test_ids_come_from_the_injected_generator() -> None:
    journey = JourneyMap(id_generator=sequential_ids("t"))
    assert journey.add_stage("A").id == "t-0001"
    assert journey.add_stage("B").id == "t-0002"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda j, s, t, p: j.set_emotion(t, p, 3), "outside the emotion scale -2..2"),
        (lambda j, s, t, p: j.update(s, name="   "), "must not be empty"),
        (lambda j, s, t, p: j.add_touchpoint("nope", "X"), "does not exist"),
        (lambda j, s, t, p: j.add_flow(t, "nope"), "does not exist"),
        (lambda j, s, t, p: j.add_flow(t, t), "to itself"),
        (lambda j, s, t, p: j.add_flow(t, None, FlowKind.MAIN), "only an exit flow"),
        (lambda j, s, t, p: j.add_annotation("pain_point", t, "x", severity=6), "1 to 5"),
        (lambda j, s, t, p: j.add_annotation("pain_point", "nope", "x"), "neither"),
        (lambda j, s, t, p: j.add_flow(t, None, "exit", percent=101), "0 to 100"),
        (lambda j, s, t, p: j.set_metric(t, "nps", 120), "outside -100..100"),
        (lambda j, s, t, p: j.update(t, channel="pigeon"), "channel must be one of"),
        (lambda j, s, t, p: j.update(p, colour="red"), "colour like"),
        (lambda j, s, t, p: j.add_stage("A", id=s), "already used"),
        (lambda j, s, t, p: j.update(t, stage_id=s), "cannot be changed"),
        (lambda j, s, t, p: j.set_setting("language", "de"), "language must be one of"),
    ],
)
def test_rule_breaking_edits_are_refused_and_change_nothing(edit: object, message: str) -> None:
    journey = JourneyMap(id_generator=sequential_ids())
    stage = journey.add_stage("A")
    tp = journey.add_touchpoint(stage.id, "Card")
    persona = journey.add_persona("P")
    before = _state(journey)
    with pytest.raises(ModelError, match=message):
        edit(journey, stage.id, tp.id, persona.id)  # type: ignore[operator]
    assert _state(journey) == before


def test_a_second_flow_between_the_same_cards_is_refused() -> None:
    journey = JourneyMap()
    stage = journey.add_stage("A")
    a, b = journey.add_touchpoint(stage.id, "a"), journey.add_touchpoint(stage.id, "b")
    journey.add_flow(a.id, b.id)
    with pytest.raises(ModelError, match="already a flow"):
        journey.add_flow(a.id, b.id, "alternate")


def test_removing_a_stage_takes_its_content_and_restore_puts_it_back(small_map: JourneyMap) -> None:
    before = _state(small_map)
    purchase = small_map.stages()[1]
    removal = small_map.remove(purchase.id)
    assert [s.name for s in small_map.stages()] == ["Осведомлённость"]
    assert len(small_map.touchpoints()) == 1
    assert small_map.flows() == []
    assert small_map.annotations() == []
    assert small_map.views()[0].stages == ()
    small_map.restore(removal)
    assert _state(small_map) == before


def test_removing_a_persona_clears_its_emotions_and_restores_them(small_map: JourneyMap) -> None:
    before = _state(small_map)
    anna = small_map.personas()[0]
    removal = small_map.remove(anna.id)
    assert all(anna.id not in tp.emotions for tp in small_map.touchpoints())
    assert small_map.views()[0].personas == ()
    small_map.restore(removal)
    assert _state(small_map) == before


def test_removing_a_middle_flow_and_restoring_keeps_order(small_map: JourneyMap) -> None:
    flows = small_map.flows()
    removal = small_map.remove(flows[1].id)
    small_map.restore(removal)
    assert small_map.flows() == flows


def test_move_touchpoint_between_stages_emits_one_move(small_map: JourneyMap) -> None:
    awareness, purchase = small_map.stages()
    pay = small_map.touchpoints(purchase.id)[1]
    events: list[object] = []
    small_map.subscribe(events.append)
    small_map.move_touchpoint(pay.id, awareness.id, 0)
    assert [t.name for t in small_map.touchpoints(awareness.id)] == ["Оплата", "Реклама в соцсетях"]
    assert small_map.touchpoint(pay.id).stage_id == awareness.id
    assert events == [EntityMoved(EntityKind.TOUCHPOINT, pay.id, 1, 0, purchase.id, awareness.id)]


def test_reorder_stages(small_map: JourneyMap) -> None:
    first = small_map.stages()[0]
    small_map.move(first.id, 5)
    assert small_map.stages()[-1] == first


def test_scale_change_refuses_values_that_would_fall_off_the_chart(small_map: JourneyMap) -> None:
    with pytest.raises(ModelError, match="outside 1..5"):
        small_map.set_emotion_scale(EmotionScale(1, 5))
    assert small_map.emotion_scale == EmotionScale()


def test_scale_change_with_remapped_emotions_applies_both(small_map: JourneyMap) -> None:
    remapped = {
        tp.id: {pid: type(e)(e.as_is + 3 if e.as_is is not None else None, None)
                for pid, e in tp.emotions.items()}
        for tp in small_map.touchpoints() if tp.emotions
    }  # fmt: skip
    small_map.set_emotion_scale(EmotionScale(1, 5, {1: "ужасно", 5: "отлично"}), remapped)
    values = [e.as_is for tp in small_map.touchpoints() for e in tp.emotions.values()]
    assert sorted(values) == [1, 4]  # type: ignore[type-var]


def test_removal_events_name_the_removed_entity(small_map: JourneyMap) -> None:
    events: list[object] = []
    small_map.subscribe(events.append)
    pay = small_map.touchpoints()[-1]
    small_map.remove(pay.id)
    removed = [e for e in events if isinstance(e, EntityRemoved)]
    assert [e.kind for e in removed] == [
        EntityKind.FLOW,
        EntityKind.ANNOTATION,
        EntityKind.TOUCHPOINT,
    ]
