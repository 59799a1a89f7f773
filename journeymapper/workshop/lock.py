"""The facilitator lock: a mode (Ctrl+L, never an undo step), a status-bar badge, a title mark.

While locked, Add Stage, Add Lane and the other structural actions are disabled and say why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QWidget

from ..model import Event, MapAttributeChanged, MapReset
from ..ui.edit_context import EditContext
from .following import MapFollower
from .icons import badge_pixmap, lock_icon
from .text import tr

TITLE_MARK = "🔒 "


class LockControl(QObject, MapFollower):
    """Toggles the map's ``locked`` setting (a mode: undo never unlocks) and shows it."""

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
        # the padlock is drawn, not a font glyph (the bundled DejaVu fonts have no 🔒)
        self.badge = QWidget(window)
        self.badge.setObjectName("lock_badge")
        row = QHBoxLayout(self.badge)
        row.setContentsMargins(8, 1, 8, 1)
        row.setSpacing(4)
        self.badge_icon = QLabel(self.badge)
        self.badge_icon.setPixmap(badge_pixmap(16))
        self.badge_text = QLabel(tr("Locked"), self.badge)
        row.addWidget(self.badge_icon)
        row.addWidget(self.badge_text)
        self.badge.setStyleSheet(
            "QWidget#lock_badge { background:#b00020; border-radius:3px; }"
            " QWidget#lock_badge QLabel { color:#ffffff; font-weight:bold; background:none; }"
        )
        self.badge.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.badge.setToolTip(tr("The map structure is locked (Ctrl+L unlocks it)"))
        self.badge.hide()
        window.statusBar().addPermanentWidget(self.badge)
        window.installEventFilter(self)

    def locked(self) -> bool:
        return self.context is not None and self.context.journey.locked

    def set_locked(self, value: bool) -> bool:
        """Lock or unlock (a mode, not an undo step: Ctrl+Z never unlocks); True if changed."""
        if self.context is None or self.context.journey.locked == value:
            self.refresh()
            return False
        self.context.journey.set_setting("locked", value)
        self.context.document.note_change()  # not undoable, but saved with the map
        self.refresh()
        return True

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
        self._structure_actions(locked)
        self._mark_title()

    def _structure_actions(self, locked: bool) -> None:
        """Add Stage, Add Lane and Map Settings (lanes, scale) wait while the map is locked."""
        menus = getattr(self.window, "menus", None)
        if menus is None:
            return
        why = tr("The map structure is locked: unlock it (Ctrl+L) to %1")
        for action, what in (
            (menus.add_stage, tr("add stages")),
            (menus.add_lane, tr("add lanes")),
        ):
            action.setEnabled(not locked)
            plain = action.text().replace("&", "")
            action.setToolTip(why.replace("%1", what) if locked else plain)

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
