"""Host and joiner peers: a replica, its network side, and a queue between the two threads.

Everything that touches the map runs on the owner's thread in ``pump``; the network threads
only put what arrives into the inbox. Used by the headless commands, the tests and the GUI.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable

from ..model import JourneyMap
from ..room.server import RoomServer
from .hub import PATH, CoeditHub
from .link import Invitation, Link, parse_invitation
from .reconcile import ChangeNote
from .replica import BadMessage, Replica, Source

log = logging.getLogger(__name__)

Arrival = tuple[str, int, bytes]  # what, from which peer, the bytes


class Peer:
    """The common part: the replica and the inbox the network fills."""

    def __init__(
        self, journey: JourneyMap, note: ChangeNote | None = None, gate: bool = False
    ) -> None:
        self.journey = journey
        self.inbox: queue.Queue[Arrival] = queue.Queue()
        self.replica = Replica(journey, self._outbox, note=note, gate=gate)
        self.refusal = ""

    def _outbox(self, message: bytes, source: Source) -> None:
        raise NotImplementedError

    def _handle(self, what: str, peer: int, data: bytes) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Send the local edits made since the last call."""
        self.replica.flush()

    def pump(self, timeout: float = 0.0) -> int:
        """Handle what has arrived (waiting up to ``timeout`` for the first); how many."""
        self.flush()
        handled = 0
        try:
            item = self.inbox.get(timeout=timeout) if timeout > 0 else self.inbox.get_nowait()
        except queue.Empty:
            return 0
        while True:
            self._handle(*item)
            handled += 1
            try:
                item = self.inbox.get_nowait()
            except queue.Empty:
                return handled

    def stop(self) -> None:
        raise NotImplementedError


class HostPeer(Peer):
    """Shares ``journey`` on the room's server (a new one on ``host``:``port``, or ``server``)."""

    def __init__(
        self,
        journey: JourneyMap,
        host: str = "127.0.0.1",
        port: int = 0,
        server: Callable[[Callable[..., None]], RoomServer] | None = None,
        note: ChangeNote | None = None,
    ) -> None:
        super().__init__(journey, note, gate=True)
        self.hub = CoeditHub(
            lambda peer, data: self.inbox.put(("message", peer, data)),
            lambda peer: self.inbox.put(("join", peer, b"")),
            lambda peer: self.inbox.put(("leave", peer, b"")),
        )
        self.replica.seed()
        if server is None:
            self.server = RoomServer(host, port, lambda _intent: None, mounts=[self.hub.install])
        else:
            self.server = server(self.hub.install)
        self.joined = 0

    def start(self) -> None:
        """Listen (OSError if the address cannot be used)."""
        self.server.start()

    @property
    def url(self) -> str:
        """The join link, with the pairing secret: show it only on the host's own screen."""
        return f"{self.server.origin}{PATH}#{self.hub.secret}"

    def stop(self) -> None:
        self.flush()
        self.server.stop()
        self.replica.close()

    def _outbox(self, message: bytes, source: Source) -> None:
        self.hub.broadcast(message, skip=source)

    def _handle(self, what: str, peer: int, data: bytes) -> None:
        if what == "join":
            self.joined += 1
            self.hub.send(peer, self.replica.hello())
        elif what == "leave":
            self.joined -= 1
        elif what == "message":
            try:
                reply = self.replica.receive(data, peer)
            except BadMessage as error:
                self.hub.refuse(peer, str(error))
                return
            if reply is not None:
                self.hub.send(peer, reply)


class JoinPeer(Peer):
    """Mirrors the map shared at ``url`` into ``journey`` and sends local edits back."""

    def __init__(
        self,
        url: str | Invitation,
        journey: JourneyMap | None = None,
        note: ChangeNote | None = None,
    ) -> None:
        self._catching_up = True
        super().__init__(journey or JourneyMap(), note)
        invitation = parse_invitation(url) if isinstance(url, str) else url
        self.link = Link(
            invitation,
            lambda: self.inbox.put(("open", 0, b"")),
            lambda data: self.inbox.put(("message", 0, data)),
            lambda code: self.inbox.put(("refused", 0, code.encode())),
        )

    def start(self) -> None:
        self.link.start()

    def stop(self) -> None:
        self.flush()
        self.link.stop()
        self.replica.close()

    @property
    def synced(self) -> bool:
        """Whether the shared map has arrived at least once."""
        return self.replica.synced

    def _outbox(self, message: bytes, source: Source) -> None:
        # our own edits (what came from the host needs no echo); after a reconnect they wait
        # for our answer to the host's sync step 1, which carries them in order
        if source is None and not self._catching_up:
            self.link.send(message)

    def _handle(self, what: str, peer: int, data: bytes) -> None:
        if what == "open":
            self._catching_up = True
            self.link.send(self.replica.hello())
        elif what == "refused":
            self.refusal = data.decode()
        elif what == "message":
            try:
                reply = self.replica.receive(data, "host")
            except BadMessage as error:
                log.warning("co-editing: message from the host refused: %s", error)
                self.link.cut()
                return
            if reply is not None:
                self.link.send(reply)
                self._catching_up = False  # the host has all we have: edits go out again
