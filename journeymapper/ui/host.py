"""The editor window as its parts see it: the document, its canvas, where to report."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from ..scene import MapView
from .autosave import Autosaver
from .document import Document
from .edit_context import EditContext
from .settings_store import SettingsStore


class DocumentHost(QMainWindow):
    """A window editing one document at a time (``MainWindow`` is the one).

    The window's parts (file, edit, import/export and history actions, menus, the workshop)
    are given this instead of the window class, so none of them imports the window; the
    window builds them and ``app.py`` adds the history and the workshop.
    """

    # emitted after New, Open, Close or a recovery put another document into the window
    document_replaced = Signal()
    closed = Signal()  # the window closed (the user did not cancel)
    document: Document
    view: MapView  # the canvas of the current document
    context: EditContext  # where the current document's edits are pushed
    settings_store: SettingsStore
    map_language: str
    autosaver: Autosaver  # where and how often the open map's recovery copy is written

    def replace_document(self, document: Document) -> None:
        """Edit ``document`` from now on; the previous one is released."""
        raise NotImplementedError

    def update_title(self) -> None:
        raise NotImplementedError

    def status(self, message: str) -> None:
        """A message in the status bar for a few seconds."""
        raise NotImplementedError

    def step(self, forward: bool) -> bool:
        """Undo (or redo with ``forward``) one edit; False when it was refused."""
        raise NotImplementedError

    def edit_settings(self) -> None:
        raise NotImplementedError

    def docks(self) -> list[QDockWidget]:
        """The window's own panels (the View ▸ Panels menu lists them)."""
        raise NotImplementedError

    def add_action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        """A window-wide action (its shortcut works wherever the focus is) that runs ``slot``."""
        action = QAction(text, self)
        if isinstance(shortcut, str):
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
        elif shortcut is not None:
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action
