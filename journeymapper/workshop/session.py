"""When a workshop starts and ends: the map presented, its room open or a voting round running.

A workshop starts when the first of these begins and ends when the last of them stops; each
transition keeps an automatic snapshot (workshop start / workshop end) in the map's history.
Snapshots are not edits: they never land on the undo stack, and one is skipped when the map
has not changed since the newest snapshot.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from ..io.history import SnapshotKind


class WorkshopSession(QObject):
    """Follows whether a workshop is running and snapshots its start and its end."""

    changed = Signal(bool)  # running

    def __init__(
        self,
        running: Callable[[], bool],
        snapshot: Callable[[SnapshotKind], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._running = running
        self._snapshot = snapshot
        self.active = running()

    def update(self) -> None:
        """Look again (something began or stopped); snapshot a start or an end."""
        now = self._running()
        if now == self.active:
            return
        self.active = now
        self._snapshot(SnapshotKind.WORKSHOP_START if now else SnapshotKind.WORKSHOP_END)
        self.changed.emit(now)

    def reset(self) -> None:
        """Another map was opened: take its state as it is, without a snapshot."""
        self.active = self._running()
