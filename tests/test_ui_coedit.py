"""Co-editing in the editor, two offscreen windows on 127.0.0.1: share, join, edits both ways,
undo of one's own edits only, modified state, connection loss, errors, and no code on the
projector."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from journeymapper.coedit import link as coedit_link
from journeymapper.commands import AddEntity, ChangeAttributes, RemoveEntities
from journeymapper.io.jmap import load_map
from journeymapper.model import EntityKind
from journeymapper.ui.main_window import MainWindow
from journeymapper.workshop import Workshop, coedit_control
from journeymapper.workshop.coedit_session import State
from journeymapper.workshop.join_dialog import JoinDialog
from journeymapper.workshop.share_dialog import ShareDialog
from tests import ui_helpers, workshop_helpers
from tests.ui_helpers import Boxes, save_shot

make_window = ui_helpers.make_window
workshop = workshop_helpers.workshop
boxes = ui_helpers.boxes


def _header_text(window: MainWindow, stage_id: str) -> str:
    """The name the stage's header draws on the window's canvas (after the scene caught up)."""
    scene = window.document.scene
    scene.sync()
    box = scene.mirror.headers[stage_id].box
    assert box is not None
    return " ".join(box.lines)


def _share(shop: Workshop) -> ShareDialog:
    assert shop.coedit.start_sharing("127.0.0.1", 0)
    dialog = shop.coedit.share()
    assert dialog is not None
    return dialog


def _join(qtbot: Any, shop: Workshop, link: str, code: str = "") -> JoinDialog:
    dialog = shop.coedit.join()
    dialog.link.clear()
    qtbot.keyClicks(dialog.link, link)
    dialog.code.setText(code)
    dialog.join.click()
    return dialog


@pytest.fixture
def pair(workshop: Workshop, qtbot: Any) -> Iterator[tuple[MainWindow, MainWindow]]:
    """The host's window sharing the e-shop map and a second window that joined it."""
    _share(workshop)
    session = workshop.coedit.session
    assert session is not None
    dialog = _join(qtbot, workshop, session.link)
    qtbot.waitUntil(lambda: len(coedit_control._WINDOWS) == 1, timeout=10_000)
    assert not dialog.isVisible()
    joined = next(iter(coedit_control._WINDOWS))
    qtbot.addWidget(joined, before_close_func=lambda w: w.document.mark_saved())
    qtbot.waitUntil(lambda: session.co_editors == 1)
    yield workshop.window, joined
    if shiboken6.isValid(joined):  # pytest-qt may have closed it already
        joined.document.mark_saved()
        joined.close()
    workshop.coedit.stop()


def test_an_edit_on_either_window_appears_on_the_others_canvas(
    pair: tuple[MainWindow, MainWindow], qtbot: Any
) -> None:
    host, guest = pair
    assert guest.document.journey.title == host.document.journey.title
    first = host.document.journey.stages()[0]
    assert _header_text(guest, first.id) == first.name
    host.context.push(ChangeAttributes(host.document.journey, first.id, {"name": "Hello"}))
    qtbot.waitUntil(lambda: _header_text(guest, first.id) == "Hello", timeout=5_000)
    before = set(host.document.scene.mirror.headers)
    guest.menus.add_stage.trigger()  # the menu entry, as a user adds a stage
    qtbot.waitUntil(lambda: len(host.document.scene.mirror.headers) == len(before) + 1)
    host.document.scene.sync()
    assert len(host.document.scene.mirror.headers) == len(before) + 1
    assert guest.document.undo_stack.count() == 1  # the guest's own step only
    assert host.document.undo_stack.count() == 1


def test_undo_on_one_desktop_undoes_only_its_own_edit(
    pair: tuple[MainWindow, MainWindow], qtbot: Any
) -> None:
    host, guest = pair
    one, two = host.document.journey.stages()[:2]
    host.context.push(ChangeAttributes(host.document.journey, one.id, {"name": "Host's"}))
    qtbot.waitUntil(lambda: _header_text(guest, one.id) == "Host's")
    guest.context.push(ChangeAttributes(guest.document.journey, two.id, {"name": "Guest's"}))
    qtbot.waitUntil(lambda: _header_text(host, two.id) == "Guest's")
    guest.menus.undo.trigger()  # Edit ▸ Undo on the guest: its rename, not the host's
    qtbot.waitUntil(lambda: _header_text(host, two.id) == two.name)
    assert _header_text(guest, two.id) == two.name
    assert _header_text(guest, one.id) == _header_text(host, one.id) == "Host's"
    assert not guest.document.undo_stack.canUndo()
    host.menus.undo.trigger()
    qtbot.waitUntil(lambda: _header_text(guest, one.id) == one.name)
    assert _header_text(host, two.id) == two.name


def test_undo_skips_a_step_a_co_editor_made_void(
    pair: tuple[MainWindow, MainWindow], qtbot: Any
) -> None:
    host, guest = pair
    journey = guest.document.journey
    card = journey.touchpoints()[0]
    stage = journey.stages()[0]
    guest.context.push(ChangeAttributes(journey, stage.id, {"name": "Mine"}))
    guest.context.push(ChangeAttributes(journey, card.id, {"name": "Renamed"}))
    qtbot.waitUntil(lambda: host.document.journey.touchpoint(card.id).name == "Renamed")
    host.context.push(RemoveEntities(host.document.journey, [card.id]))  # the host deletes it
    qtbot.waitUntil(lambda: card.id not in guest.document.scene.mirror.cards)
    guest.menus.undo.trigger()  # the card's rename is void: skipped, the stage's is undone
    assert "co-editor" in guest.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _header_text(host, stage.id) == stage.name)
    assert host.document.journey.find(card.id) is None
    assert not guest.document.undo_stack.canUndo()


def test_the_host_document_is_modified_by_remote_edits_and_asks_before_closing(
    pair: tuple[MainWindow, MainWindow], qtbot: Any, tmp_path: Path, boxes: Boxes
) -> None:
    host, guest = pair
    path = tmp_path / "shared.jmap"
    assert host.files.write(path, check=False)
    assert not host.document.is_modified()
    stage = guest.document.journey.stages()[0]
    guest.context.push(ChangeAttributes(guest.document.journey, stage.id, {"name": "Remote"}))
    qtbot.waitUntil(host.document.is_modified)
    assert host.isWindowModified()
    assert not host.document.undo_stack.canUndo()  # nothing of the host's own to undo
    assert not guest.document.is_modified()  # the host holds the guest's edit
    assert not host.files.maybe_save()  # the prompt (answered Cancel) before losing it
    assert boxes.kinds() == ["question"]
    assert host.files.save()
    assert load_map(path).stage(stage.id).name == "Remote"


def test_a_joiner_that_loses_the_host_keeps_editing_and_merges_on_reconnect(
    pair: tuple[MainWindow, MainWindow], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    host, guest = pair
    monkeypatch.setattr(coedit_link, "RETRY_FIRST", 2.5)  # the Wi-Fi stays away a moment
    control = guest.findChild(coedit_control.CoeditControl)
    assert control is not None and control.session is not None
    session = control.session
    badge = guest.findChild(QLabel, "coedit_status")
    assert "Co-editing with 127.0.0.1" in badge.text()
    session.peer.link.cut()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: session.state is State.OFFLINE, timeout=3_000)
    assert "lost" in badge.text()
    one, two = guest.document.journey.stages()[:2]
    guest.context.push(ChangeAttributes(guest.document.journey, one.id, {"name": "Offline"}))
    host.context.push(ChangeAttributes(host.document.journey, two.id, {"name": "Meanwhile"}))
    assert guest.document.is_modified()  # not at the host yet: closing would ask
    qtbot.waitUntil(lambda: session.state is State.ONLINE, timeout=10_000)
    qtbot.waitUntil(lambda: _header_text(host, one.id) == "Offline", timeout=5_000)
    qtbot.waitUntil(lambda: _header_text(guest, two.id) == "Meanwhile", timeout=5_000)
    assert "Co-editing with" in badge.text()
    qtbot.waitUntil(lambda: not guest.document.is_modified())


def test_the_pairing_code_never_reaches_the_presentation(
    workshop: Workshop, qtbot: Any, tmp_path: Path
) -> None:
    dialog = _share(workshop)
    assert dialog.isVisible()
    session = workshop.coedit.session
    assert session is not None and session.link.endswith(dialog.secret)
    codes = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QLineEdit)]
    assert any(dialog.secret[:4] in text for text in codes)
    assert dialog.qr.matrix  # the QR code is drawn
    presentation = workshop.start_presentation()
    assert presentation is not None
    qtbot.waitExposed(presentation)
    assert not dialog.isVisible()
    workshop.coedit.share_action.trigger()  # asked for again while presenting: still hidden
    assert not dialog.isVisible()
    assert "presentation" in workshop.window.statusBar().currentMessage()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert dialog not in shown
    texts = [w.text() for w in presentation.findChildren(QWidget) if hasattr(w, "text")]
    assert not any(dialog.secret[:8] in str(text) for text in texts)
    presentation.close()
    qtbot.waitUntil(lambda: workshop.presentation is None)
    workshop.coedit.share_action.trigger()
    assert dialog.isVisible()
    dialog.stop_requested.emit()
    assert workshop.coedit.session is None and not dialog.qr.matrix


def test_wrong_code_and_a_gone_host_are_said_plainly(
    workshop: Workshop, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _share(workshop)
    session = workshop.coedit.session
    assert session is not None
    host, port = session.listening
    dialog = _join(qtbot, workshop, f"{host}:{port}", "x" * 22)
    qtbot.waitUntil(lambda: "did not accept" in dialog.message.text(), timeout=10_000)
    assert dialog.join.isEnabled() and not coedit_control._WINDOWS
    dialog = _join(qtbot, workshop, f"{host}:{port}", "")
    assert "pairing code" in dialog.message.text()
    workshop.coedit.stop()  # the host is gone
    monkeypatch.setattr(coedit_control, "JOIN_TIMEOUT_MS", 400)
    dialog = _join(qtbot, workshop, session.link)
    qtbot.waitUntil(lambda: "No answer from" in dialog.message.text(), timeout=5_000)
    assert not coedit_control._WINDOWS
    dialog.reject()


def test_the_shared_windows_look_right(
    pair: tuple[MainWindow, MainWindow], qtbot: Any, tmp_path: Path, qapp: QApplication
) -> None:
    from journeymapper.ui.i18n import install_translators

    host, guest = pair
    translators = install_translators(qapp, "en")  # English plurals, as the app shows them
    control = host.findChild(coedit_control.CoeditControl)
    assert control is not None and control.share_dialog is not None
    control.share_dialog.show_session(control.session)
    assert "1 co-editor connected" in control.share_dialog.peers.text()
    save_shot(control.share_dialog, "coedit-share.png", tmp_path)
    for translator in translators:
        qapp.removeTranslator(translator)
    host.resize(1200, 760)
    guest.resize(1200, 760)
    card = host.document.journey.touchpoints()[0]
    host.context.push(ChangeAttributes(host.document.journey, card.id, {"name": "Edited by host"}))
    qtbot.waitUntil(lambda: guest.document.journey.touchpoint(card.id).name == "Edited by host")
    guest.document.scene.sync()
    save_shot(guest, "coedit-guest.png", tmp_path)
    assert "shared from 127.0.0.1" in guest.windowTitle()
    assert guest.document.journey.kind_of(card.id) is EntityKind.TOUCHPOINT


def test_join_errors_are_in_the_users_language(qapp: QApplication, workshop: Workshop) -> None:
    from journeymapper.ui.i18n import install_translators

    translators = install_translators(qapp, "ru")
    try:
        dialog = workshop.coedit.join()
        dialog.link.setText("192.168.1.5")  # no port
        dialog.join.click()
        assert "порт" in dialog.message.text()
        dialog.link.setText("192.168.1.5:8471")
        dialog.join.click()
        assert "код подключения" in dialog.message.text().lower()
        dialog.reject()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_remote_change_during_a_drag_waits_for_the_drop(
    pair: tuple[MainWindow, MainWindow], qtbot: Any
) -> None:
    from PySide6.QtCore import QPointF, Qt

    from tests.test_ui_drop_marker import _drag

    host, guest = pair
    host.resize(1400, 900)
    ui_helpers.activate(qtbot, host)
    journey = host.document.journey
    first, second = journey.stages()[:2]
    card = journey.touchpoints(first.id)[0]
    item = host.document.scene.mirror.cards[card.id]
    target = host.document.scene.mirror.headers[second.id].sceneBoundingRect().center()
    end = _drag(qtbot, host, card.id, QPointF(target.x(), item.sceneBoundingRect().center().y()))
    held = item.pos()
    assert held != item.home()  # the card follows the pointer
    fields = {"stage_id": first.id, "name": "Remote card"}  # lands before the dragged one
    guest.context.push(AddEntity(guest.document.journey, EntityKind.TOUCHPOINT, fields, 0))
    qtbot.waitUntil(lambda: journey.touchpoints(first.id)[0].name == "Remote card")
    qtbot.wait(30)
    assert item.pos() == held  # not pulled away from under the user's hand
    qtbot.mouseRelease(host.view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert journey.touchpoint(card.id).stage_id == second.id
    new = journey.touchpoints(first.id)[0].id
    qtbot.waitUntil(lambda: new in host.document.scene.mirror.cards)  # shown after the drop
    qtbot.waitUntil(lambda: guest.document.journey.touchpoint(card.id).stage_id == second.id)


def test_a_card_deleted_by_a_co_editor_while_being_renamed_is_no_error(
    pair: tuple[MainWindow, MainWindow], qtbot: Any, boxes: Boxes
) -> None:
    from PySide6.QtCore import Qt

    from journeymapper.scene.actions import rename

    host, guest = pair
    card = host.document.journey.touchpoints()[0]
    scene = host.document.scene
    rename(scene, card.id)
    assert scene.editor is not None
    guest.context.push(RemoveEntities(guest.document.journey, [card.id]))
    qtbot.waitUntil(lambda: host.document.journey.find(card.id) is None)
    qtbot.keyClicks(host.view, " and more")
    qtbot.keyClick(host.view, Qt.Key.Key_Return)
    assert boxes.calls == []  # no error dialog
    assert "deleted meanwhile" in host.statusBar().currentMessage()
    assert host.document.journey.find(card.id) is None


def test_opening_another_map_ends_sharing_the_old_one(
    pair: tuple[MainWindow, MainWindow], qtbot: Any, boxes: Boxes
) -> None:
    host, guest = pair
    control = host.findChild(coedit_control.CoeditControl)
    assert control is not None and control.session is not None
    session = control.session
    host.document.mark_saved()
    assert host.files.new_map("blank", "en")
    assert control.session is None and session.state is State.STOPPED
    assert "Sharing ended" in host.statusBar().currentMessage()
    guest_control = guest.findChild(coedit_control.CoeditControl)
    assert guest_control is not None and guest_control.session is not None
    qtbot.waitUntil(lambda: guest_control.session is None, timeout=10_000)
    assert boxes.kinds() == ["information"] and "stopped sharing" in boxes.calls[0][2]
    assert guest.findChild(QLabel, "coedit_status").isHidden()
    assert not host.document.shared


def test_the_joiner_saves_a_local_copy_that_then_follows_remote_changes(
    pair: tuple[MainWindow, MainWindow], qtbot: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    host, guest = pair
    copy = tmp_path / "my copy.jmap"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(copy), ""))
    guest.menus.save.trigger()  # an unsaved joined map: Save asks where (Save As)
    assert load_map(copy).title == host.document.journey.title
    assert "my copy.jmap" in guest.windowTitle() and not guest.document.is_modified()
    stage = host.document.journey.stages()[0]
    host.context.push(ChangeAttributes(host.document.journey, stage.id, {"name": "Later"}))
    qtbot.waitUntil(lambda: _header_text(guest, stage.id) == "Later")
    assert guest.document.is_modified()  # the copy on disk is older than the window


def _kept_as_local_copy(guest: MainWindow, boxes: Boxes) -> None:
    """The joiner was told it may keep the map, which stays open as an ordinary window."""
    assert "Save As" in boxes.calls[0][2]
    assert "shared from" not in guest.windowTitle()
    assert guest.findChild(QLabel, "coedit_status").isHidden()
    assert guest.document.journey.stages()  # the map stays open


def test_a_joiner_hears_the_host_stop_and_keeps_the_map_as_a_local_copy(
    pair: tuple[MainWindow, MainWindow], qtbot: Any, boxes: Boxes
) -> None:
    host, guest = pair
    workshop = host.findChild(Workshop)
    assert workshop is not None
    workshop.coedit.stop()
    qtbot.waitUntil(lambda: boxes.calls != [], timeout=10_000)
    assert boxes.kinds() == ["information"]  # an ordinary end, not a failure
    assert "The host stopped sharing this map." in boxes.calls[0][2]
    _kept_as_local_copy(guest, boxes)


def test_a_joiner_turned_away_on_reconnect_keeps_the_map_as_a_local_copy(
    pair: tuple[MainWindow, MainWindow], qtbot: Any, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    host, guest = pair
    workshop = host.findChild(Workshop)
    assert workshop is not None and workshop.coedit.session is not None
    address, port = workshop.coedit.session.listening
    monkeypatch.setattr(coedit_link, "RETRY_FIRST", 2.0)  # away while the host restarts
    control = guest.findChild(coedit_control.CoeditControl)
    assert control is not None and control.session is not None
    control.session.peer.link.cut()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: control.session.state is State.OFFLINE, timeout=3_000)
    workshop.coedit.stop()  # (the host crashed and came back: the joiner never heard it go)
    # sharing again on the same port, with a new pairing code
    assert workshop.coedit.start_sharing(address, port)  # at once: the port is free again
    qtbot.waitUntil(lambda: boxes.calls != [], timeout=10_000)
    assert boxes.kinds() == ["warning"]
    assert "did not accept the pairing code" in boxes.calls[0][2]
    _kept_as_local_copy(guest, boxes)


def test_a_host_map_never_saved_is_unsaved_after_a_remote_edit(
    pair: tuple[MainWindow, MainWindow], qtbot: Any, boxes: Boxes
) -> None:
    host, guest = pair
    host.document.mark_saved()  # a new map nobody has edited here: closing would not ask
    assert host.document.path is None and not host.document.is_modified()
    stage = guest.document.journey.stages()[0]
    guest.context.push(ChangeAttributes(guest.document.journey, stage.id, {"name": "Theirs"}))
    qtbot.waitUntil(host.document.is_modified)
    assert not host.files.maybe_save()
    assert boxes.kinds() == ["question"]


def test_the_room_projector_window_sends_the_share_dialog_away(
    workshop: Workshop, qtbot: Any
) -> None:
    dialog = _share(workshop)
    assert dialog.isVisible()
    workshop.room.open("127.0.0.1", 0)
    projector = workshop.room_panel.show_projector()
    assert projector is not None and projector.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    workshop.coedit.share()
    assert not dialog.isVisible()
    projector.close()
    qtbot.waitUntil(lambda: workshop.room_panel.projector is None)
    workshop.coedit.share()
    assert dialog.isVisible()
    workshop.room.close()


def test_closing_a_joined_window_leaves_the_editors_saved_layout_alone(
    pair: tuple[MainWindow, MainWindow],
) -> None:
    host, guest = pair
    store = host.settings_store
    host.settings_store.save_window(host.saveGeometry(), host.saveState())
    saved = (store.geometry(), store.window_state())
    guest.resize(640, 480)
    guest.inspector.hide()
    guest.document.mark_saved()
    guest.closeEvent(QCloseEvent())  # what closing it runs (the fixture then closes it)
    assert (store.geometry(), store.window_state()) == saved
