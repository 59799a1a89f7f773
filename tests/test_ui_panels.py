"""Inspector, personas dock and map settings: edits go through the undo stack, both ways."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from journeymapper.commands import ChangeAttributes, SetEmotion
from journeymapper.io.jmap import dumps_map
from journeymapper.model import EmotionScale, Touchpoint
from journeymapper.ui.inspector.annotations import AnnotationForm
from journeymapper.ui.inspector.touchpoint_form import TouchpointForm
from journeymapper.ui.main_window import MainWindow
from journeymapper.ui.map_settings_dialog import MapSettingsDialog
from tests import ui_helpers
from tests.ui_helpers import Boxes

# Fixtures shared by the editor tests.
boxes = ui_helpers.boxes
make_window = ui_helpers.make_window
window = ui_helpers.window


def _first_touchpoint(window: MainWindow) -> Touchpoint:
    return window.document.journey.touchpoints()[0]


def _select(window: MainWindow, entity_id: str) -> Any:
    window.document.scene.select_ids([entity_id])
    return window.inspector.current_form()


def test_inspector_edit_goes_through_the_undo_stack(window: MainWindow, qtbot: Any) -> None:
    tp = _first_touchpoint(window)
    form = _select(window, tp.id)
    assert isinstance(form, TouchpointForm)
    assert form.name.text() == tp.name
    form.name.clear()
    qtbot.keyClicks(form.name, "Shop website")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    journey = window.document.journey
    assert journey.touchpoint(tp.id).name == "Shop website"
    assert window.document.undo_stack.count() == 1
    assert window.menus.undo.text().endswith(window.document.undo_stack.undoText())
    window.document.undo_stack.undo()
    assert journey.touchpoint(tp.id).name == tp.name
    assert form.name.text() == tp.name


def test_inspector_choice_and_metric_edits(window: MainWindow) -> None:
    tp = _first_touchpoint(window)
    form = _select(window, tp.id)
    index = form.channel.findData("chat")
    form.channel.activated.emit(index)
    form.metrics.fields["csat"].setValue(72)
    journey = window.document.journey
    assert journey.touchpoint(tp.id).channel == "chat"
    assert journey.touchpoint(tp.id).metrics["csat"] == 72
    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert journey.touchpoint(tp.id) == tp


def test_model_change_shows_in_the_inspector(window: MainWindow) -> None:
    journey = window.document.journey
    tp = _first_touchpoint(window)
    form = _select(window, tp.id)
    window.context.push(ChangeAttributes(journey, tp.id, {"need": "Fast delivery"}))
    assert form.need.toPlainText() == "Fast delivery"
    persona = journey.personas()[0]
    window.context.push(SetEmotion(journey, tp.id, persona.id, -2, 1))
    as_is, to_be = form.emotions._rows[persona.id]
    assert (as_is.current(), to_be.current()) == (-2, 1)


def test_emotion_spin_boxes_follow_the_scale(window: MainWindow) -> None:
    journey = window.document.journey
    scale = journey.emotion_scale
    tp = _first_touchpoint(window)
    form = _select(window, tp.id)
    as_is, _to_be = next(iter(form.emotions._rows.values()))
    assert as_is.maximum() == scale.maximum
    assert as_is.minimum() == scale.minimum - 1  # the dash: no value
    as_is.setValue(as_is.minimum())
    persona_id = next(iter(form.emotions._rows))
    assert persona_id not in journey.touchpoint(tp.id).emotions or (
        journey.touchpoint(tp.id).emotions[persona_id].as_is is None
    )


def test_annotation_add_edit_and_delete(window: MainWindow) -> None:
    journey = window.document.journey
    tp = _first_touchpoint(window)
    form = _select(window, tp.id)
    before = len(journey.annotations(target=tp.id))
    form.annotations.add_pain.click()
    notes = journey.annotations(target=tp.id)
    assert len(notes) == before + 1
    note_form = window.inspector.current_form()
    assert isinstance(note_form, AnnotationForm)
    note_form.severity.setValue(5)
    assert journey.annotation(notes[-1].id).severity == 5
    note_form.back.click()
    form = window.inspector.current_form()
    form.annotations.list.setCurrentRow(form.annotations.list.count() - 1)
    form.annotations.delete_button.click()
    assert len(journey.annotations(target=tp.id)) == before


def test_refused_edit_shows_the_models_message(window: MainWindow, boxes: Boxes) -> None:
    tp = _first_touchpoint(window)
    form = _select(window, tp.id)
    form.name.setText("   ")
    form.name.editingFinished.emit()
    assert boxes.kinds() == ["warning"]
    assert "empty" in boxes.calls[0][2]
    assert window.document.journey.touchpoint(tp.id).name == tp.name
    assert form.name.text() == tp.name
    assert window.document.undo_stack.count() == 0


def test_personas_dock_add_rename_hide_delete_with_undo(window: MainWindow) -> None:
    journey = window.document.journey
    dock = window.personas
    count = len(journey.personas())
    dock.add_persona()
    added = journey.personas()[-1]
    assert len(journey.personas()) == count + 1
    assert dock.current_id() == added.id
    dock.name.setText("Ольга")
    dock.name.editingFinished.emit()
    assert journey.persona(added.id).name == "Ольга"
    item = dock.list.item(dock.list.count() - 1)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert added.id in dock.hidden
    dock.delete_current()
    assert journey.find(added.id) is None
    window.document.undo_stack.undo()
    assert journey.persona(added.id).name == "Ольга"


def test_map_settings_apply_as_one_undo_step(window: MainWindow) -> None:
    journey = window.document.journey
    before = dumps_map(journey)
    dialog = MapSettingsDialog(window.context, window)
    dialog.title.setText("Новая карта")
    dialog.scale.minimum.setValue(1)
    dialog.scale.maximum.setValue(5)
    dialog.lanes.list.setCurrentRow(1)
    dialog.lanes.move_current(-1)
    dialog.lanes.add_lane()
    dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert journey.title == "Новая карта"
    assert journey.emotion_scale.minimum == 1
    assert journey.lanes()[-1].name
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert dumps_map(journey) == before


def test_map_settings_refuse_a_scale_without_remap(window: MainWindow, boxes: Boxes) -> None:
    journey = window.document.journey
    before = dumps_map(journey)
    dialog = MapSettingsDialog(window.context, window)
    dialog.title.setText("Changed too")
    dialog.scale.minimum.setValue(0)
    dialog.scale.maximum.setValue(1)
    dialog.scale.remap_box.setChecked(False)
    dialog.apply()
    assert boxes.kinds() == ["warning"]
    assert "outside" in boxes.calls[0][2]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dumps_map(journey) == before
    assert journey.emotion_scale == EmotionScale(-2, 2, journey.emotion_scale.labels)
