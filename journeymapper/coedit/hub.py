"""The host's co-editing endpoint on the room's aiohttp server: pairing, limits, relaying bytes.

Nothing here reads the map: sync messages go to the owner (``on_message``, called on the
server's thread) and the owner's answers come back through ``send`` and ``broadcast``.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import WSCloseCode, WSMsgType, web

from ..room.limits import Bucket, JoinGuard

log = logging.getLogger(__name__)

PATH = "/coedit"
MAX_UPDATE = 4 * 1024 * 1024
MAX_PEERS = 16
HELLO_TIMEOUT = 15.0
REFUSED = 4003  # the WebSocket close code that tells a peer not to try again
BYTES_PER_SECOND = 2 * MAX_UPDATE  # sustained volume per peer (a burst may be 4 messages' worth)


@dataclass(eq=False)
class _Peer:
    id: int
    socket: web.WebSocketResponse
    bucket: Bucket
    volume: Bucket

    def spend(self, size: int) -> bool:
        """Whether ``size`` more bytes fit the peer's volume budget (and spend them)."""
        self.volume.available()  # refill
        if self.volume.tokens < size:
            return False
        self.volume.tokens -= size
        return True


class CoeditHub:
    """Co-facilitators' connections, admitted with the pairing secret (not the room's token)."""

    def __init__(
        self,
        on_message: Callable[[int, bytes], None],
        on_join: Callable[[int], None],
        on_leave: Callable[[int], None] = lambda _peer: None,
    ) -> None:
        self.secret = secrets.token_urlsafe(16)  # 128 bits
        self._on_message = on_message
        self._on_join = on_join
        self._on_leave = on_leave
        self._peers: dict[int, _Peer] = {}
        self._numbers = itertools.count(1)
        self._guard = JoinGuard()
        self._loop: asyncio.AbstractEventLoop | None = None

    def install(self, app: web.Application) -> None:
        app.router.add_get(PATH, self._socket)
        app.on_shutdown.append(self._close_all)  # stopping must not wait for open sockets

    async def _close_all(self, _app: web.Application) -> None:
        for peer in list(self._peers.values()):
            await peer.socket.close(code=WSCloseCode.GOING_AWAY, message=b"sharing ended")

    @property
    def peers(self) -> int:
        return len(self._peers)

    # --------------------------------------------------------- any thread
    def send(self, peer_id: int, message: bytes) -> None:
        self._call(self._send, peer_id, message)

    def broadcast(self, message: bytes, skip: object = None) -> None:
        """To every peer but ``skip`` (the one the change came from)."""
        self._call(self._broadcast, message, skip)

    def refuse(self, peer_id: int, reason: str) -> None:
        """Drop a peer that sent something unacceptable."""
        self._call(self._refuse, peer_id, reason)

    def _call(self, fn: Callable[..., object], *args: object) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(fn, *args)

    # ------------------------------------------------------- server loop
    def _send(self, peer_id: int, message: bytes) -> None:
        peer = self._peers.get(peer_id)
        if peer is not None and not peer.socket.closed:
            task = asyncio.ensure_future(peer.socket.send_bytes(message))
            task.add_done_callback(lambda t: t.exception())

    def _broadcast(self, message: bytes, skip: object) -> None:
        for peer_id in list(self._peers):
            if peer_id != skip:
                self._send(peer_id, message)

    def _refuse(self, peer_id: int, reason: str) -> None:
        peer = self._peers.get(peer_id)
        if peer is not None:
            log.warning("co-editing: peer %d dropped: %s", peer_id, reason)
            task = asyncio.ensure_future(
                peer.socket.close(code=WSCloseCode.POLICY_VIOLATION, message=_short(reason))
            )
            task.add_done_callback(lambda t: t.exception())

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        self._loop = asyncio.get_running_loop()
        if request.headers.get("Origin") != f"http://{request.host}":
            return web.Response(status=403, text="wrong origin")
        socket = web.WebSocketResponse(max_msg_size=MAX_UPDATE, heartbeat=20)
        await socket.prepare(request)
        address = request.remote or "?"
        refusal = await self._admit(socket, address)
        if refusal is not None:
            await socket.send_str(json.dumps({"type": "refused", "code": refusal}))
            await socket.close(code=REFUSED, message=refusal.encode())
            return socket
        peer = _Peer(
            next(self._numbers), socket, Bucket(rate=100, burst=1000),
            Bucket(rate=BYTES_PER_SECOND, burst=4 * MAX_UPDATE),
        )  # fmt: skip
        self._peers[peer.id] = peer
        await socket.send_str(json.dumps({"type": "welcome", "peer": peer.id}))
        self._on_join(peer.id)
        try:
            async for message in socket:
                if message.type is WSMsgType.ERROR:  # too large, or broken framing
                    log.warning("co-editing: peer %d refused: %s", peer.id, socket.exception())
                    break
                if message.type is not WSMsgType.BINARY:
                    break
                if not peer.bucket.take() or not peer.spend(len(message.data)):
                    log.warning("co-editing: peer %d sends too fast", peer.id)
                    await socket.close(code=WSCloseCode.POLICY_VIOLATION, message=b"too fast")
                    break
                self._on_message(peer.id, message.data)
        finally:
            del self._peers[peer.id]
            self._on_leave(peer.id)
        return socket

    async def _admit(self, socket: web.WebSocketResponse, address: str) -> str | None:
        """None when the hello names our pairing secret, otherwise the refusal code."""
        try:
            hello = await socket.receive(timeout=HELLO_TIMEOUT)
        except TimeoutError:
            return "bad"
        if hello.type is not WSMsgType.TEXT or len(hello.data) > 512:
            return "bad"
        if not self._guard.allowed(address):
            return "slow"
        try:
            data = json.loads(hello.data)
        except ValueError:
            data = None
        secret = data.get("secret") if isinstance(data, dict) else None
        if not isinstance(secret, str) or not secrets.compare_digest(
            secret.encode(), self.secret.encode()
        ):
            self._guard.failed(address)
            return "secret"
        if len(self._peers) >= MAX_PEERS:
            return "full"
        return None


def _short(reason: str) -> bytes:
    """A close reason within the 123 bytes a WebSocket close frame allows."""
    data = reason.encode()
    return data if len(data) <= 120 else data[:120].decode(errors="ignore").encode()
