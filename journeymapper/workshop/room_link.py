"""The editor's side of room mode: runs the server, turns its intents into undoable edits.

The server calls back on its own thread; those calls only emit signals, which Qt queues to
this object's (the GUI) thread, so the map and the undo stack are touched by the GUI alone.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..commands import AddEntity, ModelCommand, push
from ..commands.crowd import SetCrowdRatings
from ..commands.error_text import translated
from ..model import EntityKind, Event, ModelError
from ..room.board import board_of
from ..room.intents import Intent, cast_dots, note_fields, split
from ..room.server import RoomServer, RoomStatus
from ..room.state import Settings, session_settings, settings_data
from ..ui.coalesce import once_per_turn
from ..ui.edit_context import EditContext
from .following import MapFollower
from .text import tr

ROOM_SWITCH_INTERVAL = 0.001  # seconds: see RoomLink.open


class RoomLink(QObject, MapFollower):
    """One open room at a time, bound to the open map; ``changed`` after every state change."""

    wake = Signal()
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
        self._switch: float | None = None  # the interpreter's switch interval before opening
        self._unsubscribe: Callable[[], None] | None = None
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(60)
        self._publish_timer.timeout.connect(self.publish)
        queued = Qt.ConnectionType.QueuedConnection
        self._inbox: queue.SimpleQueue[Intent] = queue.SimpleQueue()
        self._woken = threading.Event()  # a drain is already on its way to the GUI thread
        self.wake.connect(self.drain, queued)
        self.status_arrived.connect(self._status_came, queued)
        self._latest: RoomStatus | None = None  # a crowd joining: only the last one counts
        self._take_soon = once_per_turn(self, self._take_latest)

    # -------------------------------------------------------------- the map
    def set_context(self, context: EditContext | None) -> None:
        """Follow another open map; an open room closes (it belonged to the old map)."""
        if context is not None and self.context is not None and context.journey is \
                self.context.journey:  # fmt: skip
            return
        self.close()
        self.follow_map(context)
        if context is not None:
            kept = context.journey.room_session  # the room this map had: resume it
            self.settings = session_settings(kept, Settings(note_kinds=("card",)))
            hidden = kept.get("hidden", [])
            self.hidden = {i for i in hidden if isinstance(i, str)} if isinstance(hidden, list) \
                else set()  # fmt: skip
        self.changed.emit()

    def _on_event(self, _event: Event) -> None:
        self._publish_soon()

    def _publish_soon(self) -> None:
        """Publish within 60 ms: a storm of changes is sent every 60 ms, not postponed."""
        if not self._publish_timer.isActive():
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
        server = RoomServer(host, port, self._arrived, self.status_arrived.emit,
                            settings=self.settings,
                            session=self.context.journey.room_session)  # fmt: skip
        server.start()
        if self._switch is None:
            # The room's thread and the canvas share the interpreter: while phones pour in, a
            # repaint re-enters Python for every item and waits up to the switch interval each
            # time the server holds it (5 ms by default: frames of hundreds of ms); 1 ms keeps
            # the canvas smooth, and even takes votes faster (bench/bench_room.py).
            self._switch = sys.getswitchinterval()
            sys.setswitchinterval(min(self._switch, ROOM_SWITCH_INTERVAL))
        for item_id in self.hidden:
            server.hide(item_id)
        self.server = server
        self.status = RoomStatus(0, ())
        self.publish()
        self.changed.emit()

    def close(self) -> None:
        """Close the room: every phone is disconnected, the tokens are void."""
        server, self.server = self.server, None
        if self._switch is not None:
            sys.setswitchinterval(self._switch)
            self._switch = None
        if server is not None:
            server.stop()
            self._keep(server.session())  # as it was when it closed
            self._latest = None
            self.status = RoomStatus(0, ())
            self.changed.emit()

    def configure(self, **changes: Any) -> None:
        """Change phase, open stages, note kinds, queue, lock, results or dots."""
        self.settings = replace(self.settings, **changes)
        if self.server is not None:
            self.server.configure(**changes)  # its status brings the session back to the map
        elif self.context is not None:
            kept = self.context.journey.room_session
            self._keep({**kept, "settings": settings_data(self.settings)})
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
        elif self.context is not None:
            self._keep({**self.context.journey.room_session, "hidden": sorted(self.hidden)})

    def _status_came(self, status: RoomStatus) -> None:
        self._latest = status
        self._take_soon()

    def _take_latest(self) -> None:
        status, self._latest = self._latest, None
        if status is not None:
            self._take_status(status)

    def _take_status(self, status: RoomStatus) -> None:
        self.status = status
        if self.server is not None and status.session:
            self._keep(status.session)
        self.changed.emit()

    def _keep(self, session: Mapping[str, Any]) -> None:
        """Keep the room's session in the map (saved with it) so reopening the map and the room
        resumes it; the map is modified, not an undo step."""
        context = self.context
        if context is not None and session and session != context.journey.room_session:
            context.journey.set_room_session(session)
            context.document.note_change()

    # ----------------------------------------------------------- the intents
    def _arrived(self, intent: Intent) -> None:
        """On the server's thread: queue the intent and wake the GUI thread once per batch."""
        self._inbox.put(intent)
        if not self._woken.is_set():
            self._woken.set()
            self.wake.emit()

    def drain(self) -> None:
        """Apply every intent that has arrived, as few edits as possible (on the GUI thread):
        one drain per turn of the event loop however many intents arrive meanwhile."""
        self._woken.clear()  # intents put from now on wake the next turn
        batch: list[Intent] = []
        while True:
            try:
                batch.append(self._inbox.get_nowait())
            except queue.Empty:
                break
        if batch:
            self.apply(batch)

    def apply(self, intents: list[Intent]) -> None:
        """Participants' contributions become edits of the open map: each note one undo step,
        the batch's ratings one step, its dots one change of the round (as canvas dots, not
        undo steps)."""
        context = self.context
        if context is None or self.server is None or not intents:
            return
        journey = context.journey
        notes, dots, rates = split(intents)
        refused = 0
        for note in notes:
            kind, fields = note_fields(note)
            text = tr("Note from the room")
            refused += not self._push(AddEntity(journey, EntityKind(kind), fields, text=text))
        if rates:
            changes = [(r.stage_id, r.participant, r.value) for r in rates]
            refused += 0 if self._push(SetCrowdRatings(journey, changes)) else len(rates)
        try:
            lost = cast_dots(journey, dots)
        except ModelError as error:
            lost = len(dots)
            self.refused.emit(translated(error.message))
        if lost < len(dots):
            context.document.note_change()  # dots are no undo step: the map is modified
        refused += lost
        self.applied += len(intents) - refused
        self._seq = max(self._seq, *(i.seq for i in intents))
        self._publish_soon()

    def _push(self, command: ModelCommand) -> bool:
        assert self.context is not None
        try:
            push(self.context.undo_stack, command)
        except ModelError as error:
            self.refused.emit(translated(error.message))
            return False
        return True
