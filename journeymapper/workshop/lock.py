"""The facilitator lock: a checkable action (Ctrl+L), a status-bar badge and a title mark."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from ..commands import ChangeSetting
from ..model import Event, MapAttributeChanged, MapReset
from ..ui.edit_context import EditContext
from .following import MapFollower
from .icons import lock_icon
from .text import tr

TITLE_MARK = "🔒 "


class LockControl(QObject, MapFollower):
    """Toggles ``locked`` through ChangeSetting (undoable) and shows the state everywhere."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context: EditContext | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.action = QAction(lock_icon(), tr("&Lock Structure"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setToolTip(
            tr("Lock stages, lanes and card positions; cards, notes and votes can still be added")
        )
        self.action.triggered.connect(self._triggered)
        window.addAction(self.action)
        self.badge = QLabel(TITLE_MARK + tr("Locked"), window)
        self.badge.setObjectName("lock_badge")
        self.badge.setStyleSheet(
            "QLabel#lock_badge { background:#b00020; color:#ffffff; font-weight:bold;"
            " padding:1px 8px; border-radius:3px; }"
        )
        self.badge.setToolTip(tr("The map structure is locked (Ctrl+L unlocks it)"))
        self.badge.hide()
        window.statusBar().addPermanentWidget(self.badge)
        window.installEventFilter(self)

    def locked(self) -> bool:
        return self.context is not None and self.context.journey.locked

    def set_locked(self, value: bool) -> bool:
        """Lock or unlock as one undoable step; True when the state changed."""
        if self.context is None:
            return False
        changed = self.context.push(ChangeSetting(self.context.journey, "locked", value))
        self.refresh()
        return changed

    def toggle(self) -> bool:
        return self.set_locked(not self.locked())

    def _triggered(self, checked: bool) -> None:
        self.set_locked(checked)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, MapReset) or (
            isinstance(event, MapAttributeChanged) and event.name == "locked"
        ):
            self.refresh()

    def refresh(self) -> None:
        locked = self.locked()
        self.action.setChecked(locked)
        self.action.setText(tr("Un&lock Structure") if locked else tr("&Lock Structure"))
        self.badge.setVisible(locked)
        self._mark_title()

    def _mark_title(self) -> None:
        title = self.window.windowTitle()
        marked = title.startswith(TITLE_MARK)
        if self.locked() and not marked:
            self.window.setWindowTitle(TITLE_MARK + title)
        elif not self.locked() and marked:
            self.window.setWindowTitle(title[len(TITLE_MARK) :])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The window rewrites its title on every save or rename; keep the lock mark on it."""
        if watched is self.window and event.type() == QEvent.Type.WindowTitleChange:
            self._mark_title()
        return False
