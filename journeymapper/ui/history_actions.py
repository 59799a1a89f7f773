"""Snapshots in the editor: File ▸ Take Snapshot…, the History panel, restore, compare."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog, QMenu, QMessageBox

from ..commands import ReplaceMap
from ..compare.changes import MapDiff, compare
from ..compare.effects import effects
from ..compare.flat import flatten
from ..compare.words import Words
from ..io.errors import MapFileError
from ..io.history import Snapshot, SnapshotKind, canonical_json, take_snapshot
from ..io.jmap import load_file
from ..io.snapshots import open_snapshot
from ..model import JourneyMap
from .compare_dialog import CompareDialog
from .document import Document
from .history_dock import HistoryPanel, SnapshotDialog, kind_name, snapshot_title, tr
from .history_edit import DeleteSnapshot
from .host import DocumentHost
from .menus import Menus
from .messages import show_file_error


def map_words(journey: JourneyMap) -> Words:
    """The compare's words in the map's language (the picture and the change list speak it)."""
    return Words(journey.language.value)


def who(journey: JourneyMap) -> str:
    """The snapshot's author: the map's author, else the login name."""
    if journey.author:
        return journey.author
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class HistoryActions(QObject):
    """Follows the window's document; every snapshot is kept in its file on the next Save."""

    def __init__(self, window: DocumentHost, menus: Menus) -> None:
        super().__init__(window)
        self.window = window
        self.menus = menus
        self.document: Document | None = None
        self.panel = HistoryPanel()
        self.dock = QDockWidget(tr("History"), window)
        self.dock.setObjectName("history")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.take_action = self.window.add_action(
            tr("&Take Snapshot…"), self.take_dialog, "Ctrl+Alt+H"
        )
        self.compare_action = self.window.add_action(tr("Co&mpare with…"), self.compare_dialog)
        self.to_be_action = self.window.add_action(
            tr("Compare As-Is with &To-Be"), self.compare_to_be
        )
        self.panel.take_requested.connect(self.take_dialog)
        self.panel.restore_requested.connect(self.restore)
        self.panel.compare_requested.connect(self.compare_snapshot)
        self.panel.delete_requested.connect(self.delete)
        self._menus()
        window.document_replaced.connect(self.follow)
        self.follow()

    def _menus(self) -> None:
        menus = self.menus
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if not isinstance(menu, QMenu):
                continue
            if menus.import_ in menu.actions():
                menu.insertAction(menus.import_, self.take_action)
                menu.insertSeparator(menus.import_)
            if menus.fit_map in menu.actions():
                menu.insertActions(menus.docks_menu.menuAction(), [self.compare_action,
                                                                   self.to_be_action])  # fmt: skip
                menu.insertSeparator(menus.docks_menu.menuAction())
        menus.docks_menu.addAction(self.dock.toggleViewAction())

    # ------------------------------------------------------------ documents
    def follow(self) -> None:
        document = self.window.document
        if document is self.document:
            return
        if self.document is not None:
            self.document.history_changed.disconnect(self._refresh)
        self.document = document
        document.history_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        if self.document is not None:
            self.panel.set_history(self.document.history)
            self.window.update_title()

    # -------------------------------------------------------------- actions
    def take(self, kind: SnapshotKind, label: str = "") -> bool:
        """Snapshot the current map; an automatic one is skipped if nothing changed since."""
        document = self.document
        if document is None:
            return False
        newest = document.history.newest()
        current = hashlib.sha256(canonical_json(document.journey)).hexdigest()
        if kind.automatic and not label and newest is not None and newest.sha256 == current:
            return False
        author = who(document.journey)
        document.set_history(take_snapshot(document.journey, document.history, kind, label, author))
        name = label or kind_name(kind)
        self.window.status(tr("Snapshot taken: %1").replace("%1", name))
        return True

    def take_dialog(self) -> bool:
        dialog = SnapshotDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        label, kind = dialog.choice()
        return self.take(kind, label)

    def _snapshot(self, snapshot_id: str) -> Snapshot | None:
        """The open map's snapshot with this id (None if it or the map is gone)."""
        return None if self.document is None else self.document.history.by_id(snapshot_id)

    def _snapshot_map(self, snapshot_id: str) -> tuple[JourneyMap, str] | None:
        snap = self._snapshot(snapshot_id)
        if snap is None or self.document is None:
            return None
        name = snapshot_title(snap)
        try:
            return open_snapshot(snap, self.document.file_name()), name
        except MapFileError as error:
            show_file_error(self.window, error)
            return None

    def restore(self, snapshot_id: str) -> bool:
        """The map as it was: a safety snapshot first, then one undoable replacement."""
        found = self._snapshot_map(snapshot_id)
        if found is None or self.document is None:
            return False
        journey, name = found
        answer = QMessageBox.question(
            self.window,
            tr("Restore snapshot"),
            tr(
                "Restore the map as it was at “%1”? The current map is kept as a snapshot "
                "first, and Edit ▸ Undo brings it back."
            ).replace("%1", name),  # fmt: skip
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self.restore_now(journey, name)

    def restore_now(self, journey: JourneyMap, name: str) -> bool:
        document = self.document
        assert document is not None
        self.take(SnapshotKind.SAFETY)
        text = tr("Restore “%1”").replace("%1", name)
        return self.window.context.push(ReplaceMap(document.journey, journey, text))

    def delete(self, snapshot_id: str) -> bool:
        """Delete a snapshot after a question; Edit ▸ Undo brings it back."""
        document, snap = self.document, self._snapshot(snapshot_id)
        if snap is None or document is None:
            return False
        name = snapshot_title(snap)
        answer = QMessageBox.question(
            self.window,
            tr("Delete snapshot"),
            tr("Delete the snapshot “%1” from the map's history? Edit ▸ Undo brings it back; "
               "once the map is saved, it is gone from the file.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return False
        document.undo_stack.push(DeleteSnapshot(document, snap.id, tr("Delete snapshot “%1”")
                                                .replace("%1", name)))  # fmt: skip
        self.window.status(tr("Snapshot deleted: %1").replace("%1", name))
        return True

    def compare_snapshot(self, snapshot_id: str) -> CompareDialog | None:
        found = self._snapshot_map(snapshot_id)
        if found is None or self.document is None:
            return None
        journey, name = found
        current = self.document.journey
        return self.show_compare(journey, current, (name, map_words(current)("current")))

    def compare_dialog(self) -> CompareDialog | None:
        document = self.window.document
        folder = str(document.path.parent) if document.path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self.window, tr("Compare with"), folder,
            tr("Journey maps (*.jmap);;PNG images with a map inside (*.png)"),
        )  # fmt: skip
        return self.compare_file(Path(path)) if path else None

    def compare_file(self, path: Path) -> CompareDialog | None:
        try:
            other = load_file(path).journey
        except MapFileError as error:
            show_file_error(self.window, error)
            return None
        current = self.window.document.journey
        return self.show_compare(other, current, (path.name, map_words(current)("current")))

    def compare_to_be(self) -> CompareDialog:
        journey = self.window.document.journey
        diff = compare(flatten(journey), flatten(journey, "to_be"))
        words = map_words(journey)
        return self._dialog(diff, (words("as_is"), words("to_be")))

    def show_compare(
        self, old: JourneyMap, new: JourneyMap, names: tuple[str, str]
    ) -> CompareDialog:
        return self._dialog(compare(flatten(old), flatten(new)), names)

    def _dialog(self, diff: MapDiff, names: tuple[str, str]) -> CompareDialog:
        dialog = CompareDialog(diff, effects(diff), names, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def install_history(window: DocumentHost, menus: Menus) -> HistoryActions:
    """Add snapshots, the History panel and Compare to a main window (a child of it)."""
    return HistoryActions(window, menus)
