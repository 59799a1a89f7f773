"""Model to canvas: every model change (also undo and redo) shows in the scene's items."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from journeymapper.commands import ChangeAttributes, push
from journeymapper.model import JourneyMap, LaneKind
from journeymapper.scene import MapScene
from journeymapper.scene.map_scene import FEW
from tests.scene_helpers import close_canvases, open_canvas  # noqa: F401


def test_items_mirror_the_map(qtbot, small_map: JourneyMap) -> None:
    small_map.add_lane(LaneKind.EMOTION, "Эмоции")
    small_map.add_lane(LaneKind.PAIN_POINTS, "Боли")
    small_map.add_lane(LaneKind.OPPORTUNITIES, "Возможности")
    scene, _view, _stack = open_canvas(qtbot, small_map)
    assert set(scene.mirror.cards) == {tp.id for tp in small_map.touchpoints()}
    assert set(scene.mirror.headers) == {s.id for s in small_map.stages()}
    assert set(scene.mirror.notes) == {a.id for a in small_map.annotations()}
    assert set(scene.mirror.arrows) == {f.id for f in small_map.flows()}
    text_lane = next(lane for lane in small_map.lanes() if lane.kind is LaneKind.TEXT)
    assert (text_lane.id, small_map.stages()[0].id) in scene.mirror.cells
    curve = scene.mirror.emotion.box.curves[0]  # type: ignore[union-attr]
    assert [p.value for p in curve.as_is] == [1, -2]


def test_add_rename_move_remove_reflect_in_items(qtbot, small_map: JourneyMap) -> None:
    scene, _view, _stack = open_canvas(qtbot, small_map)
    first, second = small_map.stages()
    tp = small_map.add_touchpoint(first.id, "Звонок в поддержку", channel="phone")
    item = scene.card_item(tp.id)
    assert item is not None
    assert any("Звонок" in run.text for run in item.box.runs)  # type: ignore[union-attr]
    small_map.update(tp.id, name="Письмо")
    assert any("Письмо" in run.text for run in scene.card_item(tp.id).box.runs)  # type: ignore[union-attr]
    small_map.move_touchpoint(tp.id, second.id, 0)
    item = scene.card_item(tp.id)
    column = scene.layout.stage_box(second.id).column
    assert item is not None
    assert column.x <= item.pos().x() < column.right
    small_map.remove(tp.id)
    assert scene.card_item(tp.id) is None


def test_events_are_applied_without_an_explicit_sync(qtbot, small_map: JourneyMap) -> None:
    scene, _view, _stack = open_canvas(qtbot, small_map)
    stage = small_map.add_stage("Доставка")
    qtbot.waitUntil(lambda: stage.id in scene.mirror.headers)


def test_undo_and_redo_update_items(qtbot, small_map: JourneyMap) -> None:
    scene, _view, stack = open_canvas(qtbot, small_map)
    stage = small_map.stages()[0]
    push(stack, ChangeAttributes(small_map, stage.id, {"name": "Поиск"}))
    header = scene.mirror.headers[stage.id]
    assert header.box.lines == ["Поиск"]  # type: ignore[union-attr]
    stack.undo()
    assert header.box.lines == ["Осведомлённость"]  # type: ignore[union-attr]


def test_view_filter_and_hidden_personas(qtbot, small_map: JourneyMap) -> None:
    small_map.add_lane(LaneKind.EMOTION, "Эмоции")
    scene, _view, _stack = open_canvas(qtbot, small_map)
    view_id = small_map.views()[0].id
    scene.set_view_filter(view_id)
    assert list(scene.mirror.headers) == [small_map.stages()[1].id]
    scene.set_view_filter(None)
    anna = small_map.personas()[0].id
    scene.set_hidden_personas({anna})
    assert scene.mirror.emotion.box.curves == []  # type: ignore[union-attr]
    assert scene.mirror.legend.entries[0][4] is False


def test_close_stops_following_the_model(qtbot, small_map: JourneyMap) -> None:
    scene = MapScene(small_map, QUndoStack())
    scene.close()
    tp = small_map.add_touchpoint(small_map.stages()[0].id, "Later")
    qtbot.wait(20)
    assert tp.id not in scene.mirror.cards


def test_selection_api(qtbot, small_map: JourneyMap) -> None:
    scene, _view, _stack = open_canvas(qtbot, small_map)
    seen: list[list[str]] = []
    scene.selection_changed.connect(seen.append)
    ids = [tp.id for tp in small_map.touchpoints()[:2]]
    scene.select_ids(ids)
    assert scene.selected_ids() == ids
    assert seen[-1] == ids


def test_a_mixed_selection_comes_back_in_map_order(qtbot, small_map: JourneyMap) -> None:
    small_map.add_lane(LaneKind.PAIN_POINTS, "Боли")
    small_map.add_lane(LaneKind.OPPORTUNITIES, "Возможности")
    for k in range(FEW):
        small_map.add_touchpoint(small_map.stages()[0].id, f"Ещё {k}")
    scene, _view, _stack = open_canvas(qtbot, small_map)
    stages, tps = small_map.stages(), small_map.touchpoints()
    notes, flows = small_map.annotations(), small_map.flows()
    in_map_order = [stages[1].id, tps[0].id, tps[-1].id, notes[0].id, notes[1].id, flows[1].id]
    scene.select_ids(list(reversed(in_map_order)))  # a few: sorted by position lookups
    assert scene.selected_ids() == in_map_order
    everything = [e.id for group in (stages, tps, notes, flows) for e in group]
    assert len(everything) > FEW
    scene.select_ids(list(reversed(everything)))  # many: picked out of a walk of the map
    assert scene.selected_ids() == everything


def test_cards_name_their_channel_in_the_maps_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    from journeymapper.scene import MapScene
    from journeymapper.templates import build_template

    scene = MapScene(build_template("e-shop", "ru"), QUndoStack())
    try:
        metas = {box.meta for box in scene.layout.cards.values()}
        assert "сайт" in metas and "web" not in metas
    finally:
        scene.close()


def test_legend_words_follow_the_maps_language(qtbot, small_map: JourneyMap) -> None:
    """The canvas names things in the map's language (as its exports do), not the UI's."""
    small_map.add_lane(LaneKind.EMOTION, "Эмоции")
    scene, _view, _stack = open_canvas(qtbot, small_map)
    assert scene.mirror.legend.note == "как должно быть"
    small_map.set_setting("language", "lv")
    scene.sync()
    assert scene.mirror.legend.note == "kā vajadzētu"
