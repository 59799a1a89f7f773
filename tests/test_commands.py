"""Undo commands: each redo/undo returns the map to its exact start, refused edits leave nothing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from journeymapper.commands import (
    MIME_TYPE,
    AddEntity,
    AddFragment,
    ChangeAttributes,
    ChangeEmotionScale,
    ChangeSetting,
    ModelCommand,
    MoveEntity,
    MoveTouchpoints,
    RemoveEntities,
    SetCell,
    SetEmotion,
    SetMetric,
    copy_fragment,
    dumps_fragment,
    loads_fragment,
    push,
    rescale,
)
from journeymapper.model import (
    EmotionScale,
    EntityKind,
    FlowKind,
    JourneyMap,
    LaneKind,
    ModelError,
    sequential_ids,
)


def state(journey: JourneyMap) -> dict[str, Any]:
    """Everything the map's queries reveal, in order."""
    return {
        "settings": [journey.setting(n) for n in ("title", "description", "language", "locked")],
        "scale": journey.emotion_scale,
        "stages": journey.stages(),
        "lanes": journey.lanes(),
        "personas": journey.personas(),
        "views": journey.views(),
        "touchpoints": journey.touchpoints(),
        "flows": journey.flows(),
        "annotations": journey.annotations(),
        "voting": journey.voting,
    }


def ids_of(journey: JourneyMap) -> dict[str, str]:
    stages = journey.stages()
    tps = journey.touchpoints()
    return {
        "s1": stages[0].id,
        "s2": stages[1].id,
        "ad": tps[0].id,
        "site": tps[1].id,
        "pay": tps[2].id,
        "anna": journey.personas()[0].id,
        "actions": next(lane.id for lane in journey.lanes() if lane.kind is LaneKind.TEXT),
    }


def round_trip(journey: JourneyMap, command: ModelCommand) -> None:
    """Push, undo to the start, redo to the same end, undo again: all exact."""
    stack = QUndoStack()
    start = state(journey)
    assert push(stack, command)
    end = state(journey)
    assert end != start
    stack.undo()
    assert state(journey) == start
    stack.redo()
    assert state(journey) == end
    stack.undo()
    assert state(journey) == start


def make_commands(journey: JourneyMap) -> list[ModelCommand]:
    i = ids_of(journey)
    return [
        AddEntity(journey, EntityKind.STAGE, {"name": "Доставка"}, index=1),
        AddEntity(journey, EntityKind.TOUCHPOINT, {"stage_id": i["s1"], "name": "Pasts"}, 0),
        AddEntity(journey, EntityKind.FLOW, {"source": i["ad"], "target": i["pay"]}),
        AddEntity(
            journey,
            EntityKind.ANNOTATION,
            {"kind": "opportunity", "target": i["ad"], "text": "Скидка"},
        ),
        AddEntity(journey, EntityKind.LANE, {"kind": "text", "name": "Мысли"}, 0),
        AddEntity(journey, EntityKind.PERSONA, {"name": "Ilze", "marker": "star"}),
        RemoveEntities(journey, [i["site"]]),
        RemoveEntities(journey, [i["s2"], i["pay"], i["anna"]]),
        RemoveEntities(journey, [i["pay"], i["s2"]]),
        ChangeAttributes(journey, i["site"], {"name": "Web", "channel": "app"}),
        ChangeAttributes(journey, i["s1"], {"name": "Поиск", "goal": "Найти"}),
        SetCell(journey, i["actions"], i["s1"], "Ищет"),
        SetCell(journey, i["actions"], i["s2"], "Платит"),
        SetCell(journey, i["actions"], i["s1"], ""),
        SetEmotion(journey, i["ad"], i["anna"], -1, None),
        SetEmotion(journey, i["ad"], i["anna"], None, None),
        SetEmotion(journey, i["site"], i["anna"], 2, 2),
        SetMetric(journey, i["site"], "conversion", 12),
        SetMetric(journey, i["site"], "conversion", None),
        MoveEntity(journey, i["s2"], 0),
        MoveTouchpoints(journey, [(i["pay"], i["s2"], 0)]),
        MoveTouchpoints(journey, [(i["site"], i["s1"], 0), (i["pay"], i["s1"], 5)]),
        ChangeSetting(journey, "title", "Другое имя"),
        ChangeSetting(journey, "locked", True),
        ChangeEmotionScale(journey, EmotionScale(1, 5), remap=True),
        ChangeEmotionScale(journey, EmotionScale(-3, 3), remap=False),
    ]


@pytest.mark.parametrize("position", range(26))
def test_every_command_undoes_and_redoes_exactly(small_map: JourneyMap, position: int) -> None:
    commands = make_commands(small_map)
    assert len(commands) == 26
    round_trip(small_map, commands[position])


GENERIC = {"Change", "Delete", "Delete item", "Reorder", "Edit cell", "Change emotion", "Move card"}


def test_commands_are_named_for_edit_undo(small_map: JourneyMap) -> None:
    for command in make_commands(small_map):
        assert command.text() and command.text() not in GENERIC
    i = ids_of(small_map)
    stage = small_map.stage(i["s1"]).name
    assert ChangeAttributes(small_map, i["s1"], {"name": "X"}).text() == f"Rename stage “{stage}”"
    note = small_map.annotations()[1]
    assert ChangeAttributes(small_map, note.id, {"text": "Y"}).text() == (
        f"Edit opportunity text “{note.text}”"
    )
    assert RemoveEntities(small_map, [i["site"]]).text() == "Delete card “Сайт”"
    assert RemoveEntities(small_map, [i["site"], i["pay"]]).text().startswith("Delete 2 item")
    assert SetEmotion(small_map, i["ad"], i["anna"], 1, None).text() == (
        "Set emotion of Анна at “Реклама в соцсетях”"
    )


def test_add_reuses_its_id_on_redo(small_map: JourneyMap) -> None:
    stack = QUndoStack()
    stage_id = ids_of(small_map)["s1"]
    command = AddEntity(small_map, EntityKind.TOUCHPOINT, {"stage_id": stage_id, "name": "X"})
    push(stack, command)
    first = command.entity_id
    assert small_map.touchpoint(first).name == "X"
    stack.undo()
    assert small_map.find(first) is None
    stack.redo()
    assert small_map.touchpoint(first).name == "X"


def test_a_whole_drag_is_one_undo_step(small_map: JourneyMap) -> None:
    i = ids_of(small_map)
    stack = QUndoStack()
    start = state(small_map)
    moves = [(i["site"], i["s1"], 0), (i["pay"], i["s1"], 1), (i["ad"], i["s2"], 0)]
    push(stack, MoveTouchpoints(small_map, moves))
    assert [tp.name for tp in small_map.touchpoints(i["s1"])] == ["Сайт", "Оплата"]
    assert stack.count() == 1
    stack.undo()
    assert state(small_map) == start


@pytest.mark.parametrize(
    "build",
    [
        lambda j, i: SetEmotion(j, i["ad"], i["anna"], 7, None),
        lambda j, i: SetMetric(j, i["site"], "csat", 900),
        lambda j, i: ChangeAttributes(j, i["site"], {"channel": "pigeon"}),
        lambda j, i: ChangeSetting(j, "title", ""),
        lambda j, i: ChangeEmotionScale(j, EmotionScale(5, 9), remap=False),
        lambda j, i: AddEntity(j, EntityKind.FLOW, {"source": i["ad"], "target": i["ad"]}),
        lambda j, i: MoveTouchpoints(j, [(i["ad"], i["s2"], 0), (i["pay"], "nowhere", 0)]),
    ],
)
def test_refused_edits_change_nothing_and_push_nothing(small_map: JourneyMap, build: Any) -> None:
    stack = QUndoStack()
    start = state(small_map)
    command = build(small_map, ids_of(small_map))
    with pytest.raises(ModelError):
        push(stack, command)
    assert state(small_map) == start
    assert stack.count() == 0


def test_a_refused_removal_puts_back_what_it_already_removed(small_map: JourneyMap) -> None:
    i = ids_of(small_map)
    small_map.set_setting("locked", True)
    stack = QUndoStack()
    start = state(small_map)
    with pytest.raises(ModelError):  # the note goes, then the locked stage refuses
        push(stack, RemoveEntities(small_map, [small_map.annotations()[0].id, i["s1"]]))
    assert state(small_map) == start
    assert stack.count() == 0


def test_no_op_edits_are_not_pushed(small_map: JourneyMap) -> None:
    i = ids_of(small_map)
    stack = QUndoStack()
    assert not push(stack, ChangeAttributes(small_map, i["ad"], {"name": "Реклама в соцсетях"}))
    assert not push(stack, MoveEntity(small_map, i["s1"], 0))
    assert not push(stack, SetCell(small_map, i["actions"], i["s2"], ""))
    assert stack.count() == 0


def test_rescale_maps_ends_onto_ends() -> None:
    old, new = EmotionScale(-2, 2), EmotionScale(1, 10)
    assert rescale(-2, old, new) == 1
    assert rescale(2, old, new) == 10
    assert rescale(0, old, new) == 5.5


def test_scale_change_with_remap_keeps_relative_values(small_map: JourneyMap) -> None:
    i = ids_of(small_map)
    push(QUndoStack(), ChangeEmotionScale(small_map, EmotionScale(1, 5), remap=True))
    emotion = small_map.touchpoint(i["ad"]).emotions[i["anna"]]
    assert (emotion.as_is, emotion.to_be) == (4, 5)


def _other_map() -> JourneyMap:
    journey = JourneyMap("Target", id_generator=sequential_ids("t"))
    journey.add_stage("Один")
    journey.add_stage("Два")
    journey.add_stage("Три")
    journey.add_persona("Анна")
    return journey


def test_copy_paste_between_maps_with_fresh_ids(small_map: JourneyMap) -> None:
    i = ids_of(small_map)
    text = dumps_fragment(copy_fragment(small_map, [i["pay"], i["site"]]))
    assert MIME_TYPE.startswith("application/")
    target = _other_map()
    start = state(target)
    stack = QUndoStack()
    command = AddFragment(target, loads_fragment(text), target.stages()[1].id)
    push(stack, command)
    pasted = target.touchpoints()
    assert [tp.name for tp in pasted] == ["Сайт", "Оплата"]
    assert {tp.stage_id for tp in pasted} == {target.stages()[1].id}
    assert not {tp.id for tp in pasted} & {i["site"], i["pay"]}
    anna = target.personas()[0].id
    assert pasted[1].emotions[anna].as_is == -2
    assert pasted[0].metrics == {"conversion": 3.5}
    kinds = sorted(f.kind.value for f in target.flows())
    assert kinds == ["exit", "main"]
    assert [a.text for a in target.annotations()] == ["Длинная форма"]
    assert command.touchpoint_ids() == [tp.id for tp in pasted]
    end = state(target)
    stack.undo()
    assert state(target) == start
    stack.redo()
    assert state(target) == end


def test_paste_keeps_relative_stages_and_drops_unknown_personas(small_map: JourneyMap) -> None:
    i = ids_of(small_map)
    fragment = copy_fragment(small_map, [i["ad"], i["site"]])
    target = JourneyMap("Other", id_generator=sequential_ids("o"))
    only = target.add_stage("Only")
    push(QUndoStack(), AddFragment(target, fragment, only.id))
    tps = target.touchpoints()
    assert [tp.name for tp in tps] == ["Реклама в соцсетях", "Сайт"]
    assert all(not tp.emotions for tp in tps)
    assert [(f.source, f.target) for f in target.flows() if f.target] == [(tps[0].id, tps[1].id)]


@pytest.mark.parametrize("text", ["not json", "{}", '{"format": "journeymapper-fragment"}'])
def test_foreign_clipboard_text_is_refused(text: str) -> None:
    with pytest.raises(ModelError):
        loads_fragment(text)


def test_undo_redo_through_a_sequence(small_map: JourneyMap) -> None:
    stack = QUndoStack()
    snapshots = [state(small_map)]
    i = ids_of(small_map)
    for command in [
        AddEntity(small_map, EntityKind.STAGE, {"name": "Поддержка"}),
        ChangeAttributes(small_map, i["ad"], {"name": "Баннер"}),
        MoveTouchpoints(small_map, [(i["ad"], i["s2"], 1)]),
        RemoveEntities(small_map, [i["site"]]),
        AddEntity(small_map, EntityKind.FLOW, {"source": i["ad"], "target": i["pay"]}),
    ]:
        assert push(stack, command)
        snapshots.append(state(small_map))
    for expected in reversed(snapshots[:-1]):
        stack.undo()
        assert state(small_map) == expected
    for expected in snapshots[1:]:
        stack.redo()
        assert state(small_map) == expected
    assert small_map.flows()[-1].kind is FlowKind.MAIN


def test_add_then_first_rename_is_one_undo_step(small_map: JourneyMap) -> None:
    stack = QUndoStack()
    start = state(small_map)
    stage_id = ids_of(small_map)["s1"]
    add = AddEntity(small_map, EntityKind.TOUCHPOINT, {"stage_id": stage_id, "name": "New"})
    add.rename_follows = True
    push(stack, add)
    rename = ChangeAttributes(small_map, add.entity_id, {"name": "Звонок"})
    rename.merge_into_add = True
    push(stack, rename)
    assert stack.count() == 1
    assert stack.undoText() == add.text()
    assert small_map.touchpoint(add.entity_id).name == "Звонок"
    stack.undo()
    assert state(small_map) == start
    stack.redo()
    assert small_map.touchpoint(add.entity_id).name == "Звонок"
