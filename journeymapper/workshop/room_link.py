"""The editor's side of room mode: runs the server, turns its intents into undoable edits.

The server calls back on its own thread; those calls only emit signals, which Qt queues to
this object's (the GUI) thread, so the map and the undo stack are touched by the GUI alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..commands import AddEntity, push
from ..commands.crowd import SetCrowdRating
from ..model import EntityKind, Event, ModelError
from ..room.board import board_of
from ..room.intents import AddNote, CastDot, Intent, cast_dot, note_fields
from ..room.server import RoomServer, RoomStatus
from ..room.state import Settings
from ..ui.edit_context import EditContext
from .text import tr


class RoomLink(QObject):
    """One open room at a time, bound to the open map; ``changed`` after every state change."""

    intent_arrived = Signal(object)
    status_arrived = Signal(object)
    changed = Signal()
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: RoomServer | None = None
        self.context: EditContext | None = None
        self.settings = Settings(note_kinds=("card",))
        self.status = RoomStatus(0, ())
        self.applied = 0
        self.hidden: set[str] = set()
        self._seq = 0
        self._unsubscribe: Callable[[], None] | None = None
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(60)
        self._publish_timer.timeout.connect(self.publish)
        queued = Qt.ConnectionType.QueuedConnection
        self.intent_arrived.connect(self.apply, queued)
        self.status_arrived.connect(self._take_status, queued)

    # -------------------------------------------------------------- the map
    def set_context(self, context: EditContext | None) -> None:
        """Follow another open map; an open room closes (it belonged to the old map)."""
        if context is not None and self.context is not None and context.journey is \
                self.context.journey:  # fmt: skip
            return
        self.close()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.context = context
        if context is not None:
            self._unsubscribe = context.journey.subscribe(self._on_event)
        self.changed.emit()

    def _on_event(self, _event: Event) -> None:
        self._publish_timer.start()

    def publish(self) -> None:
        """Send the map as it is now to the phones; the panel redraws too."""
        if self.server is not None and self.context is not None:
            self.server.publish(board_of(self.context.journey, self._seq))
        self.changed.emit()

    # ------------------------------------------------------------- the room
    @property
    def is_open(self) -> bool:
        return self.server is not None

    def open(self, host: str, port: int) -> None:
        """Open the room on ``host:port`` with fresh tokens; OSError if it cannot listen."""
        if self.context is None:
            return
        self.close()
        server = RoomServer(host, port, self.intent_arrived.emit, self.status_arrived.emit,
                            settings=self.settings)  # fmt: skip
        server.start()
        for item_id in self.hidden:
            server.hide(item_id)
        self.server = server
        self.status = RoomStatus(0, ())
        self.publish()
        self.changed.emit()

    def close(self) -> None:
        """Close the room: every phone is disconnected, the tokens are void."""
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            self.status = RoomStatus(0, ())
            self.changed.emit()

    def configure(self, **changes: Any) -> None:
        """Change phase, open stages, note kinds, queue, lock, results or dots."""
        self.settings = replace(self.settings, **changes)
        if self.server is not None:
            self.server.configure(**changes)
        self.changed.emit()

    def approve(self, pending_id: int) -> None:
        if self.server is not None:
            self.server.approve(pending_id)

    def reject(self, pending_id: int) -> None:
        if self.server is not None:
            self.server.reject(pending_id)

    def hide(self, item_id: str, hidden: bool = True) -> None:
        """Keep a note on the map but off the phones (or show it again)."""
        if hidden:
            self.hidden.add(item_id)
        else:
            self.hidden.discard(item_id)
        if self.server is not None:
            self.server.hide(item_id, hidden)

    def _take_status(self, status: RoomStatus) -> None:
        self.status = status
        self.changed.emit()

    # ----------------------------------------------------------- the intents
    def apply(self, intent: Intent) -> None:
        """One participant's contribution becomes an edit of the open map (on the GUI thread)."""
        context = self.context
        if context is None or self.server is None:
            return
        journey = context.journey
        try:
            if isinstance(intent, AddNote):
                kind, fields = note_fields(intent)
                text = tr("Note from the room")
                push(context.undo_stack, AddEntity(journey, EntityKind(kind), fields, text=text))
            elif isinstance(intent, CastDot):
                cast_dot(journey, intent)  # dots are not undo steps, as on the canvas
            else:
                rating = SetCrowdRating(journey, intent.stage_id, intent.participant, intent.value)
                push(context.undo_stack, rating)
            self.applied += 1
        except ModelError as error:
            self.refused.emit(str(error))
        self._seq = max(self._seq, intent.seq)
        self._publish_timer.start()
