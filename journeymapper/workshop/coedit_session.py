"""The editor's side of one co-editing peer: the map's peer pumped on the GUI thread.

The network threads only put what arrives into the peer's inbox; each put wakes this object
through a queued signal, so the CRDT document, the model and the scene are touched by the GUI
thread alone. Remote changes reach the model as ordinary model events (the scene follows them
like any edit) but never the undo stack; local edits are sent a moment after they are made.
"""

from __future__ import annotations

import enum
import logging
import queue
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..coedit.peers import Arrival, HostPeer, JoinPeer
from ..model import Event

if TYPE_CHECKING:
    from ..ui.document import Document

log = logging.getLogger(__name__)

SEND_AFTER_MS = 30  # local edits made within this time go out as one update
WATCH_MS = 250  # how often a joiner looks at its connection


class State(enum.Enum):
    SHARING = "sharing"  # the host
    CONNECTING = "connecting"  # a joiner that has not received the map yet
    ONLINE = "online"
    OFFLINE = "offline"  # a joiner that lost the host: it keeps editing and merges later
    REFUSED = "refused"  # the host turned the joiner away (wrong or expired pairing code)
    STOPPED = "stopped"


class _WakingInbox(queue.Queue[Arrival]):
    """The peer's inbox; every arrival also calls ``wake`` (from the network thread)."""

    def __init__(self, wake: Callable[[], None]) -> None:
        super().__init__()
        self._wake = wake

    def put(self, item: Arrival, block: bool = True, timeout: float | None = None) -> None:
        super().put(item, block, timeout)
        self._wake()


class CoeditSession(QObject):
    """One shared map on this desktop, as host (``HostPeer``) or joiner (``JoinPeer``).

    ``changed`` follows the state and the number of co-editors; ``remote_change`` after the
    map took changes from other desktops. The document (set with ``attach``) is told: on
    the host and for a saved copy, a remote change is an unsaved change; a joiner's unsaved
    map is "modified" only while it holds edits the host has not received.
    """

    wake = Signal()
    changed = Signal()
    remote_change = Signal()

    def __init__(self, peer: HostPeer | JoinPeer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.peer = peer
        self.document: Document | None = None
        self.state = State.SHARING if isinstance(peer, HostPeer) else State.CONNECTING
        self.refusal = ""
        self.reconnected = False  # set on the way back from OFFLINE, for one status message
        peer.inbox = _WakingInbox(self.wake.emit)
        self.wake.connect(self.pump, Qt.ConnectionType.QueuedConnection)
        self._pumping = False
        self._remote = False
        self._send = QTimer(self)
        self._send.setSingleShot(True)
        self._send.setInterval(SEND_AFTER_MS)
        self._send.timeout.connect(self.pump)
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self._look)
        self._unsubscribe: Callable[[], None] | None = peer.journey.subscribe(self._on_event)

    # ----------------------------------------------------------------- life
    @property
    def is_host(self) -> bool:
        return isinstance(self.peer, HostPeer)

    @property
    def co_editors(self) -> int:
        """Desktops connected to this host (0 for a joiner)."""
        return self.peer.joined if isinstance(self.peer, HostPeer) else 0

    @property
    def link(self) -> str:
        """The host's join link with the pairing secret ('' for a joiner)."""
        return self.peer.url if isinstance(self.peer, HostPeer) else ""

    @property
    def origin(self) -> str:
        """Where the shared map lives: this host's or the joined host's address."""
        if isinstance(self.peer, HostPeer):
            return self.peer.server.origin
        assert isinstance(self.peer, JoinPeer)
        return self.peer.link.invitation.origin

    @property
    def listening(self) -> tuple[str, int]:
        """The host's address and port (the joined host's, for a joiner)."""
        if isinstance(self.peer, HostPeer):
            return self.peer.server.host, self.peer.server.port
        assert isinstance(self.peer, JoinPeer)
        invitation = self.peer.link.invitation
        return invitation.host, invitation.port

    def start(self) -> None:
        """Listen (host; OSError if the address cannot be used) or start connecting."""
        self.peer.start()
        if not self.is_host:
            self._watch.start()

    def attach(self, document: Document) -> None:
        """The open document showing this peer's map (its modified state follows us)."""
        self.document = document
        document.shared = True
        self._settle_document()

    def stop(self) -> None:
        """Stop sharing or leave: the map stays open as it is, an ordinary local map."""
        if self.state is State.STOPPED:
            return
        self._send.stop()
        self._watch.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        try:
            self.peer.stop()
        except Exception:  # a network side already torn down must not keep the window open
            log.exception("co-editing: stopping the peer failed")
        if self.document is not None:
            self.document.shared = False
        self.state = State.STOPPED
        self.changed.emit()

    # ---------------------------------------------------------- the traffic
    def _on_event(self, _event: Event) -> None:
        if self._pumping:
            self._remote = True  # the model is being brought to what co-editors did
        elif not self._send.isActive():
            self._send.start()

    def pump(self) -> None:
        """Send local edits and take what arrived (on the GUI thread, never re-entered)."""
        if self.state is State.STOPPED or self._pumping:
            return
        before = self._seen()
        self._pumping = True
        try:
            self.peer.pump()
        except Exception:  # an update the checks let through and the model chokes on
            log.exception("co-editing: an update could not be applied; the map stays as it was")
        finally:
            self._pumping = False
        if self._remote:
            self._remote = False
            document = self.document
            if document is not None and (self.is_host or document.path is not None):
                document.note_change()  # the file (or none yet) does not hold this map
            self.remote_change.emit()
        self._look(before)

    def _seen(self) -> tuple[State, int]:
        return self.state, self.co_editors

    def _look(self, before: tuple[State, int] | None = None) -> None:
        """Follow the connection; tell ``changed`` when something the user sees moved."""
        before = before or self._seen()
        peer = self.peer
        if isinstance(peer, JoinPeer):
            if peer.refusal and self.state is not State.REFUSED:
                self.refusal = peer.refusal
                self.state = State.REFUSED
                self._watch.stop()
            elif self.state is not State.REFUSED and peer.synced:
                online = peer.link.connected.is_set()
                if online and self.state is State.OFFLINE:
                    self.reconnected = True
                self.state = State.ONLINE if online else State.OFFLINE
        self._settle_document()
        if self._seen() != before:
            self.changed.emit()

    def _settle_document(self) -> None:
        """A joiner's unsaved map is stored at the host: clean once the host has our edits."""
        document = self.document
        if (
            document is None
            or self.is_host
            or document.path is not None
            or self.state is not State.ONLINE
            or self.peer.replica.pending
            or self._send.isActive()
            or not document.is_modified()
        ):
            return
        document.mark_saved()
