"""The editor's main window: canvas, docks, menus, title, close prompt, drag-and-drop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMessageBox,
    QStackedLayout,
    QWidget,
)

from ..commands import step
from ..commands.error_text import translated
from ..io.recovery import RecoverySlot
from ..model import EntityKind, Event, LockedError, MapAttributeChanged, MapReset
from ..scene import MapView
from ..scene.actions import locked_hint, remove_ids
from .autosave import DEFAULT_INTERVAL_MS, Autosaver
from .document import Document
from .edit_actions import EditActions
from .edit_context import EditContext
from .file_actions import FileActions
from .file_watch import FileWatch
from .host import DocumentHost
from .inspector import InspectorDock
from .interop_actions import IMPORT_SUFFIXES, InteropActions
from .map_settings_dialog import MapSettingsDialog
from .menus import Menus
from .messages import show_refused
from .personas_dock import PersonasDock
from .settings_store import SettingsStore
from .view_actions import ViewActions

OPENABLE = (".jmap", ".png", *IMPORT_SUFFIXES)
CANVAS_SHARE = 0.5  # below this share of the window's width the map view counts as squeezed


class MainWindow(DocumentHost):
    """One window editing one map at a time; New and Open replace the document.

    The central widget is a permanent frame and only the map view inside it is swapped when
    the document changes, so the docks keep their sizes (a new central widget would start at
    its minimum width and the docks would take the window).
    """

    def __init__(
        self,
        document: Document,
        settings_store: SettingsStore,
        recovery_slot: RecoverySlot,
        *,
        map_language: str = "en",
        autosave_ms: int = DEFAULT_INTERVAL_MS,
        remembers_layout: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.remembers_layout = remembers_layout  # False: closing leaves the saved layout as it is
        self.setAcceptDrops(True)
        self.settings_store = settings_store
        self.map_language = map_language
        self.undo_group = QUndoGroup(self)
        # The window's parts get the window as a DocumentHost and each other by name.
        self.file_watch = FileWatch(self, self._reload)
        self.files = FileActions(self, self.file_watch)
        self.interop = InteropActions(self, self.files)
        self.view_actions = ViewActions(self)
        self.inspector = InspectorDock(self)
        self.personas = PersonasDock(self)
        self.edits = EditActions(self, self.interop, self.personas)
        self.canvas_frame = QWidget(self)
        self.canvas_frame.setObjectName("canvas_frame")
        self._canvas_layout = QStackedLayout(self.canvas_frame)
        self.setCentralWidget(self.canvas_frame)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.personas)
        self.autosaver = Autosaver(recovery_slot, autosave_ms, self.status, self)
        parts = (self.files, self.edits, self.interop, self.view_actions)
        self.menus = Menus(self, self.undo_group, parts)
        self.selection_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.selection_label)
        self._unsubscribe: Callable[[], None] | None = None
        self.document = document
        self._install(document)
        self._size_docks = False
        self._restore_layout()

    # ------------------------------------------------------------ documents
    def _reload(self) -> None:
        self.files.reload()

    def replace_document(self, document: Document) -> None:
        """Edit ``document`` from now on; the previous one is released."""
        old = self.document
        self.document = document
        self._install(document)
        if old is not document:
            self.undo_group.removeStack(old.undo_stack)
            old.dispose()
        self.document_replaced.emit()

    def _install(self, document: Document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.changed.connect(self.update_title)
        self.context = EditContext(document, self, self.status)
        self._show_view(MapView(document.scene))
        document.scene.error.connect(self._scene_error)
        document.scene.hint.connect(self.status)
        document.scene.selection_changed.connect(self._selection_changed)
        document.scene.delete_requested.connect(self._confirm_delete)
        self._unsubscribe = document.journey.subscribe(self._on_event)
        self.inspector.set_context(self.context)
        self.personas.set_context(self.context)
        self.autosaver.set_document(document)
        self.file_watch.follow(document)
        self._selection_changed(document.scene.selected_ids())
        self.update_title()

    def _show_view(self, view: MapView) -> None:
        """Put ``view`` into the canvas frame in place of the previous one (deleted)."""
        old: MapView | None = getattr(self, "view", None)
        self.view = view
        self._canvas_layout.addWidget(view)
        self._canvas_layout.setCurrentWidget(view)
        if old is not None:  # a new map: the keys go to it (Enter, Tab, typing)
            self._canvas_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
            view.setFocus()

    def adopt_recovered(self, document: Document) -> None:
        """Show a map restored from a recovery copy: unsaved, and autosaved again at once."""
        self.replace_document(document)
        document.mark_modified()
        self.autosaver.mark_pending()
        self.autosaver.save_now()
        self.update_title()

    # ----------------------------------------------------------------- look
    def update_title(self) -> None:
        document = self.document
        if not (shiboken6.isValid(self) and shiboken6.isValid(document.undo_stack)):
            return  # a signal from a stack Qt is tearing down with the window
        title = self.tr("%1 – %2[*] — JourneyMapper")
        title = title.replace("%1", document.journey.title).replace("%2", document.file_name())
        self.setWindowTitle(title)
        self.setWindowModified(document.is_modified())

    def step(self, forward: bool) -> bool:
        """Edit ▸ Undo / Redo; a step the lock refuses changes nothing and says why.

        The stack holds this desktop's own edits only. While the map is co-edited, a step
        that a co-editor's change made void (its card deleted there) is dropped unrun and
        the next one is tried, so undo still undoes the user's own latest edit.
        """
        stack = self.document.undo_stack
        dropped = 0
        while True:
            refusal = step(stack, forward)
            if refusal is None or isinstance(refusal, LockedError) or not self.document.shared:
                break
            void = stack.command(stack.index() if forward else stack.index() - 1)
            void.setObsolete(True)  # Qt deletes an obsolete step instead of running it
            stack.redo() if forward else stack.undo()
            dropped += 1
            if not (stack.canRedo() if forward else stack.canUndo()):
                break
        if dropped:
            self.status(self.tr("%n step(s) skipped: a co-editor changed or deleted their items",
                                "", dropped))  # fmt: skip
        if refusal is None:
            return True
        if dropped and not isinstance(refusal, LockedError):
            return False  # nothing of this desktop's own left to step over
        hint = locked_hint() if isinstance(refusal, LockedError) else translated(refusal.message)
        self.status(hint)
        return False

    def status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def docks(self) -> list[QDockWidget]:
        return [self.inspector, self.personas]

    def edit_settings(self) -> None:
        MapSettingsDialog(self.context, self).exec()

    def _selection_changed(self, ids: list[str]) -> None:
        count = len(ids)
        self.selection_label.setText(self.tr("%n selected", "", count) if count else "")

    def _confirm_delete(self, ids: list[str], count: int) -> None:
        """Deleting a stage that holds cards, notes or cell text asks first (every path)."""
        journey = self.document.journey
        stages = [i for i in ids if journey.kind_of(i) is EntityKind.STAGE]
        if len(stages) == 1:
            name = getattr(journey.find(stages[0]), "name", "")
            text = self.tr(
                "The stage “%1” holds %n card(s), note(s) or cell(s). Delete it with its "
                "content? Undo brings it back.",
                "",
                count,
            ).replace("%1", name)
        else:
            text = self.tr(
                "The %1 stages hold %n card(s), note(s) or cell(s). Delete them with their "
                "content? Undo brings them back.",
                "",
                count,
            ).replace("%1", str(len(stages)))
        answer = QMessageBox.question(
            self,
            self.tr("Delete stage"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            remove_ids(self.document.scene, ids)

    def _scene_error(self, message: str) -> None:
        self.status(message)
        show_refused(self, message)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, MapReset) or (
            isinstance(event, MapAttributeChanged) and event.name == "title"
        ):
            self.update_title()

    # --------------------------------------------------------------- events
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        if self.remembers_layout:
            self.settings_store.save_window(self.saveGeometry(), self.saveState())
        self.autosaver.discard()
        self.autosaver.timer.stop()
        self.file_watch.stop()
        self.inspector.detach()
        self.personas.detach()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        event.accept()
        self.closed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosaver.save_now()
        super().changeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_path(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        if path.suffix.lower() in IMPORT_SUFFIXES:
            self.interop.import_path(path, ask=True)
        else:
            self.files.open_path(path, ask=True)

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        for url in urls:
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE:
                return Path(url.toLocalFile())
        return None

    def _restore_layout(self) -> None:
        geometry = self.settings_store.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        state = self.settings_store.window_state()
        if state is not None:
            self.restoreState(state)
        self._size_docks = state is None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._give_canvas_room)

    def _give_canvas_room(self) -> None:
        """On the first start, or when a saved layout left the map a sliver, size the docks."""
        if not shiboken6.isValid(self) or not self.isVisible():
            return
        squeezed = self.canvas_frame.width() < self.width() * CANVAS_SHARE
        if self._size_docks or squeezed:
            self._size_docks = False
            self._default_dock_sizes()

    def _default_dock_sizes(self) -> None:
        """A tall inspector about a quarter of the window wide, the personas below it."""
        width = max(320, min(440, self.width() // 4))
        height = max(self.height() - 120, 400)
        right = [
            d
            for d in self.findChildren(QDockWidget)
            if d.isVisible()
            and not d.isFloating()
            and self.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea
        ]
        self.resizeDocks(right, [width] * len(right), Qt.Orientation.Horizontal)
        self.resizeDocks(
            [self.inspector, self.personas],
            [height * 2 // 3, height // 3],
            Qt.Orientation.Vertical,
        )
