"""Saved views dock: add from the canvas filter, rename, delete, checkboxes; the canvas follows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from journeymapper.workshop import Workshop
from tests import ui_helpers, workshop_helpers

make_window = ui_helpers.make_window
boxes = ui_helpers.boxes
workshop = workshop_helpers.workshop


def _uncheck(widget: Any, entity_id: str) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == entity_id:
            item.setCheckState(Qt.CheckState.Unchecked)


def test_add_from_the_current_filter_then_narrow_it_with_checkboxes(workshop: Workshop) -> None:
    window = workshop.window
    journey, scene, stack = (
        window.document.journey,
        window.document.scene,
        window.document.undo_stack,
    )
    panel = workshop.views
    emma, max_ = journey.personas()
    scene.set_hidden_personas({max_.id})
    view_id = panel.add_from_filter()
    assert view_id is not None and panel.current_id() == view_id
    assert journey.view(view_id).personas == (emma.id,)
    first = journey.stages()[0]
    _uncheck(panel.lists["stages"], first.id)
    view = journey.view(view_id)
    assert view.stages is not None and first.id not in view.stages
    scene.set_hidden_personas(set())
    panel.apply.click()
    assert scene.view_id == view_id
    scene.sync()
    shown_cards = set(scene.mirror.cards)
    assert not any(t.id in shown_cards for t in journey.touchpoints(first.id))
    assert all(t.id in shown_cards for t in journey.touchpoints(journey.stages()[1].id))
    assert scene.layout.persona_ids == [emma.id]
    panel.show_all.click()
    scene.sync()
    assert all(t.id in scene.mirror.cards for t in journey.touchpoints())
    stack.undo()  # the checkbox edit
    assert journey.view(view_id).stages is None


def test_rename_and_delete_are_undoable(workshop: Workshop) -> None:
    journey, stack = workshop.window.document.journey, workshop.window.document.undo_stack
    panel = workshop.views
    view_id = journey.views()[0].id
    panel.select(view_id)
    item = panel.views.currentItem()
    item.setText("Руководство: главный путь")
    assert journey.view(view_id).name == "Руководство: главный путь"
    assert panel.delete.isEnabled()
    panel.delete.click()
    assert journey.kind_of(view_id) is None and panel.views.count() == 0
    stack.undo()
    assert journey.view(view_id).name == "Руководство: главный путь"
    assert panel.views.count() == 1
    stack.undo()
    assert journey.view(view_id).name != "Руководство: главный путь"
    assert panel.views.item(0).text() == journey.view(view_id).name


def test_checking_every_lane_means_all_lanes(workshop: Workshop) -> None:
    journey = workshop.window.document.journey
    panel = workshop.views
    view_id = panel.add_from_filter()
    assert view_id is not None
    lane = journey.lanes()[0]
    _uncheck(panel.lists["lanes"], lane.id)
    assert journey.view(view_id).lanes is not None
    widget = panel.lists["lanes"]
    for row in range(widget.count()):
        widget.item(row).setCheckState(Qt.CheckState.Checked)
    assert journey.view(view_id).lanes is None
