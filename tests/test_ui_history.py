"""Snapshots in the editor: take, list, restore (one undo step), compare, automatic, saved."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from journeymapper.commands import ChangeSetting, RemoveEntities
from journeymapper.io.history import SnapshotKind
from journeymapper.io.jmap import dumps_map, load_file
from journeymapper.ui.history_actions import HistoryActions, install_history
from journeymapper.ui.history_dock import SnapshotDialog
from journeymapper.ui.inspector.replaces import ID_ROLE, ReplacesDialog
from journeymapper.ui.inspector.touchpoint_form import TouchpointForm
from journeymapper.ui.main_window import MainWindow
from tests import ui_helpers
from tests.ui_helpers import Boxes

boxes = ui_helpers.boxes
make_window = ui_helpers.make_window
window = ui_helpers.window

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def history(window: MainWindow) -> HistoryActions:
    return install_history(window, window.menus)


def _rows(history: HistoryActions) -> list[list[str]]:
    tree = history.panel.tree
    return [
        [tree.topLevelItem(i).text(c) for c in range(4)] for i in range(tree.topLevelItemCount())
    ]


def _answer_dialog(monkeypatch: pytest.MonkeyPatch, label: str, published: bool = False) -> None:
    def run(dialog: SnapshotDialog) -> int:
        dialog.label.setText(label)
        dialog.published.setChecked(published)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SnapshotDialog, "exec", run)


def test_take_snapshot_lists_it_and_saving_keeps_it_in_the_file(
    window: MainWindow, history: HistoryActions, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _answer_dialog(monkeypatch, "після воркшопу", published=True)
    assert history.take_action.text().replace("&", "") == "Take Snapshot…"
    history.take_action.trigger()
    rows = _rows(history)
    assert rows[0][1] == "після воркшопу" and "6 stages" in rows[0][2]
    assert window.isWindowModified()  # the snapshot is saved with the file
    path = tmp_path / "m.jmap"
    assert window.files.write(path)
    assert not window.isWindowModified()
    snap = load_file(path).history.snapshots[0]
    assert snap.label == "після воркшопу" and snap.kind.value == "published"


def test_restore_takes_a_safety_snapshot_and_is_one_undo_step(
    window: MainWindow, history: HistoryActions, boxes: Boxes
) -> None:
    journey = window.document.journey
    before = dumps_map(journey)
    history.take(history_kind("manual"), "start")
    window.context.push(ChangeSetting(journey, "title", "Changed"))
    card = journey.touchpoints()[0]
    window.context.push(RemoveEntities(journey, [card.id]))
    after = dumps_map(journey)
    boxes.answer = QMessageBox.StandardButton.Yes
    history.panel.tree.setCurrentItem(history.panel.tree.topLevelItem(0))
    history.panel.restore.click()
    assert dumps_map(journey) == before
    assert window.document.scene.card_item(card.id) is not None  # the canvas followed
    kinds = [s.kind.value for s in window.document.history.snapshots]
    assert kinds == ["manual", "safety"]
    window.document.undo_stack.undo()
    assert dumps_map(journey) == after
    window.document.undo_stack.redo()
    assert dumps_map(journey) == before


def history_kind(name: str) -> SnapshotKind:
    return SnapshotKind(name)


def test_compare_with_a_snapshot_shows_the_picture_and_the_changes(
    window: MainWindow, history: HistoryActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journey = window.document.journey
    history.take(history_kind("manual"), "baseline")
    window.context.push(ChangeSetting(journey, "title", "Після воркшопу"))
    history.panel.tree.setCurrentItem(history.panel.tree.topLevelItem(0))
    dialog = history.compare_snapshot(history.panel.selected_id() or "")
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert "map title" in text and "Після воркшопу" in text
    pixmap = dialog.picture.pixmap()
    assert pixmap.width() > 500 and pixmap.height() > 300
    out = tmp_path / "cmp.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    assert dialog.save_dialog()
    assert "What changed" in out.read_text(encoding="utf-8")
    dialog.close()


def test_the_compare_window_speaks_the_maps_language(
    make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window("e-shop", "lv")  # the interface stays English
    history = install_history(window, window.menus)
    journey = window.document.journey
    history.take(history_kind("manual"), "pirms")
    card = journey.touchpoints()[0]
    window.context.push(RemoveEntities(journey, [card.id]))
    history.panel.tree.setCurrentItem(history.panel.tree.topLevelItem(0))
    dialog = history.compare_snapshot(history.panel.selected_id() or "")
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert text.startswith("pirms → pašreizējā karte\n3 izmaiņas\n")  # the card and 2 flows
    assert f"noņemts saskarsmes punkts “{card.name}”" in text
    out = tmp_path / "cmp.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    assert dialog.save_dialog()
    svg = out.read_text(encoding="utf-8")
    assert "Kas mainījies" in svg and "iepriekšējā emocija" in svg and "What changed" not in svg
    dialog.close()
    to_be = history.compare_to_be()
    assert to_be.windowTitle().endswith("kā ir → kā vajadzētu")
    to_be.close()


def test_compare_as_is_with_to_be_and_with_a_file(
    window: MainWindow, history: HistoryActions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = history.compare_to_be()
    assert "Emotion per stage and persona" in dialog.text.toPlainText()
    dialog.close()
    other = tmp_path / "other.jmap"
    shutil.copy(DATA / "format-v3.jmap", other)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other), ""))
    compared = history.compare_dialog()
    assert compared is not None and "other.jmap" in compared.windowTitle()
    compared.close()


def test_a_file_with_a_broken_snapshot_opens_with_a_warning(
    window: MainWindow, history: HistoryActions, boxes: Boxes
) -> None:
    assert window.files.open_path(DATA / "format-v3-broken-snapshot.jmap", ask=False)
    assert window.document.journey.touchpoint_count() == 3
    assert boxes.kinds() == ["warning"] and "2 of its snapshots" in boxes.calls[0][2]
    rows = _rows(history)
    assert len(rows) == 3 and "post-workshop baseline" in [r[1] for r in rows]
    panel = history.panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))  # the damaged one: only deletable
    assert not panel.restore.isEnabled() and not panel.compare.isEnabled()
    assert panel.delete.isEnabled()


def test_deleting_a_snapshot_asks_first_and_can_be_undone(
    window: MainWindow, history: HistoryActions, boxes: Boxes, tmp_path: Path, qtbot: Any
) -> None:
    journey = window.document.journey
    history.take(history_kind("manual"), "first")
    window.context.push(ChangeSetting(journey, "title", "Second title"))
    history.take(history_kind("manual"), "second")
    window.context.push(ChangeSetting(journey, "title", "Third title"))
    history.take(history_kind("manual"), "third")
    path = tmp_path / "m.jmap"
    assert window.files.write(path)
    first, second, _third = window.document.history.snapshots
    panel = history.panel
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))  # "second" (newest first)
    boxes.answer = QMessageBox.StandardButton.No
    panel.delete.click()
    assert boxes.kinds() == ["question"] and "second" in boxes.calls[0][2]
    assert [r[1] for r in _rows(history)] == ["third", "second", "first"]  # "No" keeps it
    boxes.answer = QMessageBox.StandardButton.Yes
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    panel.delete.click()
    assert [r[1] for r in _rows(history)] == ["third", "first"]
    assert window.isWindowModified()
    assert window.document.history.snapshots[1].parent == first.id  # the chain stays linked
    stack = window.document.undo_stack
    assert "second" in stack.undoText()
    stack.undo()
    assert [r[1] for r in _rows(history)] == ["third", "second", "first"]
    assert window.document.history.snapshots[2].parent == second.id
    assert not window.isWindowModified()  # back to what the file holds
    stack.redo()
    assert window.files.write(path)
    assert [s.label for s in load_file(path).history.snapshots] == ["first", "third"]
    cards = journey.touchpoint_count()
    history.dock.show()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)  # Del in the list: this snapshot, no card
    assert [r[1] for r in _rows(history)] == ["first"]
    assert journey.touchpoint_count() == cards


def test_a_to_be_card_records_the_as_is_cards_it_replaces(
    window: MainWindow, history: HistoryActions, monkeypatch: pytest.MonkeyPatch
) -> None:
    journey = window.document.journey
    history.take(history_kind("manual"), "as-is")
    stage = journey.stages()[3]
    old_cards = journey.touchpoints(stage.id)[:2]
    window.context.push(RemoveEntities(journey, [old_cards[0].id]))
    new_card = journey.add_touchpoint(stage.id, "One-click checkout")
    window.document.scene.select_ids([new_card.id])
    form = window.inspector.current_form()
    assert isinstance(form, TouchpointForm)
    offered: list[str] = []

    def choose(dialog: ReplacesDialog) -> int:
        for i in range(dialog.list.count()):
            item = dialog.list.item(i)
            offered.append(item.text())
            if item.data(ID_ROLE) in {c.id for c in old_cards}:
                item.setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ReplacesDialog, "exec", choose)
    assert form.replaces.choose()
    assert set(journey.touchpoint(new_card.id).replaces) == {c.id for c in old_cards}
    assert any("snapshot “as-is”" in text for text in offered)  # a card removed since
    assert old_cards[1].name in form.replaces.names.text()
    assert "earlier versions: 1" in form.replaces.names.text()
    window.document.undo_stack.undo()
    assert journey.touchpoint(new_card.id).replaces == ()
