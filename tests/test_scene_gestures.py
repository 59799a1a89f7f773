"""Canvas to model: mouse and key gestures on the view change the map through the undo stack."""
# QTest types ASCII only (non-ASCII key clicks abort in qasciikey.cpp), so typed texts are English.

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from journeymapper.model import FlowKind, JourneyMap, LaneKind
from tests.scene_helpers import at, centre, close_canvases, open_canvas  # noqa: F401


def _names(journey: JourneyMap, stage_index: int) -> list[str]:
    return [tp.name for tp in journey.touchpoints(journey.stages()[stage_index].id)]


def test_drag_a_card_into_another_stage_is_one_undo_step(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    ad = small_map.touchpoints()[0]
    pay = small_map.touchpoints()[2]
    viewport = view.viewport()
    start = centre(view, scene.mirror.cards[ad.id])
    target_rect = scene.mirror.cards[pay.id].sceneBoundingRect()
    end = at(view, QPointF(target_rect.center().x(), target_rect.bottom() - 2))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + (end - start) * step / 10)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert _names(small_map, 1) == ["Сайт", "Оплата", "Реклама в соцсетях"]
    assert stack.count() == 1
    stack.undo()
    assert _names(small_map, 0) == ["Реклама в соцсетях"]
    assert _names(small_map, 1) == ["Сайт", "Оплата"]
    stack.redo()
    assert small_map.touchpoint(ad.id).stage_id == small_map.stages()[1].id


def test_click_and_ctrl_click_select(qtbot, small_map: JourneyMap) -> None:
    scene, view, _stack = open_canvas(qtbot, small_map)
    ad, site, _pay = small_map.touchpoints()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, scene.mirror.cards[ad.id])
    )
    assert scene.selected_ids() == [ad.id]
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        centre(view, scene.mirror.cards[site.id]),
    )
    assert scene.selected_ids() == [ad.id, site.id]


def test_enter_adds_the_next_card_in_edit_mode_and_typing_names_it(
    qtbot, small_map: JourneyMap
) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    site = small_map.touchpoints()[1]
    scene.select_ids([site.id])
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert scene.editor is not None
    qtbot.keyClicks(view.viewport(), "Sizes")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert _names(small_map, 1) == ["Сайт", "Sizes", "Оплата"]
    assert stack.count() == 1
    stack.undo()
    assert _names(small_map, 1) == ["Сайт", "Оплата"]


def test_escape_takes_a_new_card_away(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    scene.select_ids([small_map.touchpoints()[0].id])
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert len(small_map.touchpoints()) == 3
    assert stack.index() == 0


def test_double_click_empty_touchpoint_cell_adds_a_card(qtbot, small_map: JourneyMap) -> None:
    scene, view, _stack = open_canvas(qtbot, small_map)
    lane = next(b for b in scene.layout.lanes if b.kind is LaneKind.TOUCHPOINTS)
    first = scene.layout.stage_headers[0].column
    point = QPointF(first.x + 4, lane.row_rect.y + 4)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at(view, point))
    assert scene.editor is not None
    qtbot.keyClicks(view.viewport(), "Search")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert _names(small_map, 0) == ["Реклама в соцсетях", "Search"]


def test_f2_renames_in_place(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    stage = small_map.stages()[0]
    scene.select_ids([stage.id])
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_F2)
    qtbot.keyClicks(view.viewport(), "Discovery")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert small_map.stage(stage.id).name == "Discovery"
    assert stack.count() == 1


def test_double_click_edits_a_text_cell(qtbot, small_map: JourneyMap) -> None:
    scene, view, _stack = open_canvas(qtbot, small_map)
    lane = next(lane for lane in small_map.lanes() if lane.kind is LaneKind.TEXT)
    stage = small_map.stages()[1]
    cell = scene.mirror.cells[(lane.id, stage.id)]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, cell))
    qtbot.keyClicks(view.viewport(), "Pays by card")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Return)
    assert small_map.lane(lane.id).cells[stage.id] == "Pays by card"


def test_arrow_keys_nudge_and_tab_moves_to_next_stage(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    ad, site, pay = small_map.touchpoints()
    scene.select_ids([pay.id])
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Up)
    assert _names(small_map, 1) == ["Оплата", "Сайт"]
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Left)  # keeps its place in the row
    assert _names(small_map, 0) == ["Оплата", "Реклама в соцсетях"]
    assert stack.count() == 2
    scene.select_ids([ad.id])
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # Tab goes to the focused view, not its viewport
    assert scene.selected_ids() == [site.id]


def test_delete_removes_the_selection_and_undo_restores(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    site = small_map.touchpoints()[1]
    scene.select_ids([site.id])
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert small_map.find(site.id) is None
    assert not any(site.id in (f.source, f.target) for f in small_map.flows())
    stack.undo()
    assert small_map.find(site.id) is not None
    assert site.id in scene.mirror.cards


def test_deleting_a_stage_with_content_asks_the_ui(qtbot, small_map: JourneyMap) -> None:
    scene, view, _stack = open_canvas(qtbot, small_map)
    stage = small_map.stages()[0]
    asked: list[tuple[list[str], int]] = []
    scene.delete_requested.connect(lambda ids, n: asked.append((ids, n)))
    scene.select_ids([stage.id])
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert asked and asked[0][0] == [stage.id]
    assert small_map.find(stage.id) is not None


def test_drag_from_handle_to_card_adds_a_flow(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    ad, _site, pay = small_map.touchpoints()
    source = scene.mirror.cards[ad.id]
    scene.select_ids([ad.id])
    start = at(view, source.mapToScene(source.handle_rect().center()))
    end = centre(view, scene.mirror.cards[pay.id])
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), (start + end) / 2)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    added = [f for f in small_map.flows() if (f.source, f.target) == (ad.id, pay.id)]
    assert len(added) == 1 and added[0].kind is FlowKind.MAIN
    assert added[0].id in scene.mirror.arrows
    stack.undo()
    assert added[0].id not in scene.mirror.arrows


def test_emotion_point_drag_snaps_to_the_scale(qtbot, small_map: JourneyMap) -> None:
    small_map.add_lane(LaneKind.EMOTION, "Эмоции")
    scene, view, stack = open_canvas(qtbot, small_map)
    box = scene.layout.emotion
    assert box is not None
    point = box.curves[0].as_is[0]  # Anna at the ad: as-is 1
    start = at(view, QPointF(point.x, point.y))
    end = at(view, QPointF(point.x, box.value_to_y(-1) + 3))  # a little off the gridline
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), (start + end) / 2)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    anna = small_map.personas()[0].id
    emotion = small_map.touchpoint(point.touchpoint_id).emotions[anna]
    assert (emotion.as_is, emotion.to_be) == (-1, 2)
    stack.undo()
    assert small_map.touchpoint(point.touchpoint_id).emotions[anna].as_is == 1


def test_an_emotion_drag_cancelled_with_escape_puts_the_curve_back(
    qtbot, small_map: JourneyMap
) -> None:
    small_map.add_lane(LaneKind.EMOTION, "Эмоции")
    scene, view, _stack = open_canvas(qtbot, small_map)
    box = scene.layout.emotion
    assert box is not None
    point = box.curves[0].as_is[0]
    series = next(s for s in scene.mirror.emotion.series if not s.to_be)
    before = list(series.points)
    start = at(view, QPointF(point.x, point.y))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), at(view, QPointF(point.x, box.value_to_y(-2))))
    dragged = next(s for s in scene.mirror.emotion.series if not s.to_be)
    assert dragged.points[0][1] == box.value_to_y(-2)  # the preview follows the mouse
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    shown = next(s for s in scene.mirror.emotion.series if not s.to_be)
    assert shown.points == before
    assert small_map.touchpoint(point.touchpoint_id).emotions[small_map.personas()[0].id].as_is == 1


def test_refused_gesture_reports_a_hint_and_changes_nothing(qtbot, small_map: JourneyMap) -> None:
    scene, view, stack = open_canvas(qtbot, small_map)
    small_map.set_setting("locked", True)
    errors: list[str] = []
    scene.hint.connect(errors.append)  # the lock is said in the status bar, not a dialog
    pay = small_map.touchpoints()[2]
    scene.select_ids([pay.id])
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Up)
    assert errors and "locked" in errors[0]
    assert stack.count() == 0
    assert _names(small_map, 1) == ["Сайт", "Оплата"]


def test_copy_and_paste_cards(qtbot, small_map: JourneyMap) -> None:
    scene, _view, stack = open_canvas(qtbot, small_map)
    site = small_map.touchpoints()[1]
    scene.select_ids([site.id])
    mime = scene.copy_selection()
    assert mime is not None
    assert scene.paste(mime, small_map.stages()[0].id)
    assert _names(small_map, 0) == ["Реклама в соцсетях", "Сайт"]
    assert scene.selected_ids() != [site.id]
    stack.undo()
    assert _names(small_map, 0) == ["Реклама в соцсетях"]


def test_zoom_and_fit(qtbot, small_map: JourneyMap) -> None:
    _scene, view, _stack = open_canvas(qtbot, small_map)
    view.zoom_in()
    assert view.zoom() > 1
    view.reset_zoom()
    assert view.zoom() == 1
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < 1
    view.fit_map()
    visible = view.visible_rect()
    assert visible.contains(view.map_scene.sceneRect().adjusted(2, 2, -2, -2))
