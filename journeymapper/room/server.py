"""The room's web server: aiohttp on its own thread and event loop, turning messages into intents.

Nothing here touches Qt or the map: the owner (GUI or headless runner) receives intents through
``on_intent`` (called on the server thread) and publishes the map back with ``publish``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import secrets
import threading
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from aiohttp import WSCloseCode, WSMsgType, web

from .board import Board
from .intents import AddNote, Intent
from .limits import Bucket, JoinGuard
from .page import FILES, page_file
from .state import Participant, Refused, Room, Settings

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
MAX_MESSAGE = 2048
HELLO_TIMEOUT = 15.0
BROADCAST_DELAY = 0.05


@dataclass(frozen=True)
class RoomStatus:
    """What the facilitator sees: people joined and notes waiting for approval."""

    joined: int
    pending: tuple[tuple[int, AddNote], ...]
    session: Mapping[str, Any] = field(default_factory=dict)  # what the map keeps (Room.session)


@dataclass(eq=False)
class _Connection:
    socket: web.WebSocketResponse
    person: Participant
    bucket: Bucket
    transport: asyncio.Transport | None
    strikes: int = 0


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class RoomServer:
    """One room session: fresh tokens, one bound address, every connection ends on ``stop``."""

    def __init__(
        self,
        host: str,
        port: int,
        on_intent: Callable[[Intent], None],
        on_status: Callable[[RoomStatus], None] | None = None,
        settings: Settings | None = None,
        mounts: Sequence[Callable[[web.Application], None]] = (),
        session: Mapping[str, Any] | None = None,
    ) -> None:
        self.host = host
        self._mounts = tuple(mounts)
        self.port = port
        self.token = secrets.token_urlsafe(16)  # 128 bits
        self.viewer_token = secrets.token_urlsafe(16)
        self.code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(6))
        self.room = Room(settings or Settings())
        if session:
            self.room.resume(session)  # a restarted room: the queue, hidden notes, who joined
        self._on_intent = on_intent
        self._on_status = on_status
        self._guard = JoinGuard()
        self._connections: set[_Connection] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._broadcast: asyncio.TimerHandle | None = None
        self._dirty: set[_Connection] = set()
        self._everyone = False
        self._error: BaseException | None = None

    # ------------------------------------------------------------- addresses
    @property
    def origin(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}"

    @property
    def url(self) -> str:
        """The join link: the token rides in the fragment, so it never reaches a server log."""
        return f"{self.origin}/#{self.token}"

    @property
    def viewer_url(self) -> str:
        return f"{self.origin}/#v{self.viewer_token}"

    # -------------------------------------------------------------- lifecycle
    def start(self) -> None:
        """Listen on the chosen address; returns once listening, OSError if it cannot bind."""
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="room", daemon=True)
        self._thread.start()
        ready.wait()
        if self._error is not None:
            self._thread.join()
            raise self._error

    def _run(self, ready: threading.Event) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._listen())
        except BaseException as exc:  # reported to the caller of start()
            self._error = exc
            ready.set()
            loop.close()
            return
        ready.set()
        loop.run_forever()
        loop.run_until_complete(self._shutdown())
        loop.close()

    async def _listen(self) -> None:
        app = web.Application(middlewares=[self._guard_host], client_max_size=MAX_MESSAGE)
        app.router.add_get("/ws", self._socket)
        for mount in self._mounts:  # more endpoints on the same server (co-editing)
            mount(app)
        for path in FILES:
            app.router.add_get(path, self._file)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        # the platform's default: on POSIX a port whose last connections linger in TIME_WAIT
        # can be listened on again at once (a room or share restarted on the same port)
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        server = site._server
        if self.port == 0 and server is not None:
            sockets = getattr(server, "sockets", None) or []
            self.port = sockets[0].getsockname()[1]

    async def _shutdown(self) -> None:
        for conn in list(self._connections):
            await conn.socket.close(code=WSCloseCode.GOING_AWAY, message=b"closed")
        if self._runner is not None:
            await self._runner.cleanup()

    def stop(self) -> None:
        """Close the room: every connection ends, the port is freed."""
        if self._loop is None or self._thread is None or not self._thread.is_alive():
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # ---------------------------------------------- the owner's side (any thread)
    def _call(self, fn: Callable[..., Any], *args: Any) -> None:
        if self._loop is not None and self.running:
            self._loop.call_soon_threadsafe(fn, *args)

    def publish(self, board: Board) -> None:
        """The map changed (``board.seq``: the last room intent it includes)."""
        self._call(self._publish, board)

    def configure(self, **changes: Any) -> None:
        """Change the facilitator's settings (phase, open_stages, queue, locked ...)."""
        self._call(self._configure, changes)

    def approve(self, pending_id: int) -> None:
        self._call(self._approve, pending_id)

    def reject(self, pending_id: int) -> None:
        self._call(self._reject, pending_id)

    def hide(self, item_id: str, hidden: bool = True) -> None:
        self._call(self._hide, item_id, hidden)

    def session(self) -> dict[str, Any]:
        """The room's session as the map keeps it (``Room.session``), read on the room's own
        loop while it runs (any thread may ask; a stopped room answers directly)."""
        loop = self._loop
        if loop is None or not self.running:
            return self.room.session()
        answer: concurrent.futures.Future[dict[str, Any]] = concurrent.futures.Future()
        loop.call_soon_threadsafe(lambda: answer.set_result(self.room.session()))
        try:
            return answer.result(timeout=5)
        except concurrent.futures.TimeoutError:
            return self.room.session()

    def cut_connections(self) -> None:
        """Cut every connection as a Wi-Fi drop would, keeping the room open (pages reconnect)."""
        self._call(self._cut)

    def _cut(self) -> None:
        for conn in list(self._connections):
            if conn.transport is not None:
                conn.transport.abort()

    # -------------------------------------------------- on the server's loop
    def _publish(self, board: Board) -> None:
        self.room.publish(board)
        self._schedule_broadcast()

    def _configure(self, changes: dict[str, Any]) -> None:
        self.room.settings = replace(self.room.settings, **changes)
        self._schedule_broadcast()
        self._status()

    def _approve(self, pending_id: int) -> None:
        intent = self.room.approve(pending_id)
        if intent is not None:
            self._on_intent(intent)
        self._status()
        self._schedule_broadcast()

    def _reject(self, pending_id: int) -> None:
        self.room.reject(pending_id)
        self._status()
        self._schedule_broadcast()

    def _hide(self, item_id: str, hidden: bool) -> None:
        if hidden:
            self.room.hidden.add(item_id)
        else:
            self.room.hidden.discard(item_id)
        self._schedule_broadcast()
        self._status()

    def _status(self) -> None:
        if self._on_status is not None:
            pending = tuple((p.id, p.note) for p in self.room.pending)
            self._on_status(RoomStatus(self.room.joined(), pending, self.room.session()))

    def _schedule_broadcast(self, only: _Connection | None = None) -> None:
        """Send fresh views soon (to everyone, or to ``only``): many changes, one message."""
        if only is None:
            self._everyone = True
        else:
            self._dirty.add(only)
        if self._broadcast is None and self._loop is not None:
            self._broadcast = self._loop.call_later(BROADCAST_DELAY, self._send_all)

    def _send_all(self) -> None:
        self._broadcast = None
        targets = self._connections if self._everyone else self._dirty & self._connections
        for conn in list(targets):
            self._send(conn, self.room.view(conn.person))
        self._everyone = False
        self._dirty.clear()

    def _send(self, conn: _Connection, message: dict[str, Any]) -> None:
        if not conn.socket.closed:
            task = asyncio.ensure_future(conn.socket.send_str(json.dumps(message)))
            task.add_done_callback(lambda t: t.exception())

    # ---------------------------------------------------------------- HTTP
    @web.middleware
    async def _guard_host(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """Only requests addressed to our own host:port (no DNS rebinding); strict headers."""
        if request.host != f"{url_host(self.host)}:{self.port}":
            return web.Response(status=421, text="wrong host")
        response = await handler(request)
        if response.prepared:  # a WebSocket, already answered
            return response
        connect = f"ws://{url_host(self.host)}:{self.port}"
        response.headers["Content-Security-Policy"] = (
            f"default-src 'self'; connect-src 'self' {connect}; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'"
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    async def _file(self, request: web.Request) -> web.Response:
        name, kind = FILES[request.path]
        return web.Response(body=page_file(name), content_type=kind, charset="utf-8")

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        if request.headers.get("Origin") != self.origin:
            return web.Response(status=403, text="wrong origin")
        socket = web.WebSocketResponse(max_msg_size=MAX_MESSAGE, heartbeat=20)
        await socket.prepare(request)
        address = request.remote or "?"
        try:
            hello = await socket.receive(timeout=HELLO_TIMEOUT)
        except TimeoutError:
            await socket.close(code=WSCloseCode.POLICY_VIOLATION, message=b"no hello")
            return socket
        person = self._admit(hello, address)
        if isinstance(person, str):
            await socket.send_str(json.dumps({"type": "refused", "code": person}))
            await socket.close(code=WSCloseCode.POLICY_VIOLATION, message=person.encode())
            return socket
        transport = request.transport
        cut = transport if isinstance(transport, asyncio.Transport) else None
        conn = _Connection(socket, person, Bucket(rate=8, burst=30), cut)
        self._connections.add(conn)
        self._send(conn, self.room.view(person))
        self._status()
        try:
            async for message in socket:
                if message.type is not WSMsgType.TEXT:
                    break
                self._handle(conn, message.data)
                if conn.strikes > 200:
                    await socket.close(code=WSCloseCode.POLICY_VIOLATION, message=b"too fast")
        finally:
            self._connections.discard(conn)
        return socket

    def _admit(self, hello: Any, address: str) -> Participant | str:
        """The participant a hello message names, or the refusal code."""
        if hello.type is not WSMsgType.TEXT:
            return "bad"
        if not self._guard.allowed(address):
            return "slow"
        try:
            data = json.loads(hello.data)
        except ValueError:
            data = None
        if not isinstance(data, dict) or data.get("type") != "hello":
            return "bad"
        role = self._role(data)
        key = data.get("key")
        if role is None or not isinstance(key, str) or not 16 <= len(key) <= 64:
            self._guard.failed(address)
            return "token"
        try:
            return self.room.join(key, data.get("name"), role)
        except Refused as refused:
            return refused.code

    def _role(self, data: dict[str, Any]) -> str | None:
        token, code = data.get("token"), data.get("code")
        if isinstance(token, str):
            if secrets.compare_digest(token.encode(), self.token.encode()):
                return "participant"
            if secrets.compare_digest(token.encode(), ("v" + self.viewer_token).encode()):
                return "viewer"
        if isinstance(code, str):
            typed = code.strip().upper().replace(" ", "").replace("-", "")
            if secrets.compare_digest(typed.encode(), self.code.encode()):
                return "participant"
        return None

    def _handle(self, conn: _Connection, raw: str) -> None:
        if not conn.bucket.take():
            conn.strikes += 1
            self._send(conn, {"type": "refused", "code": "slow"})
            return
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            self._send(conn, {"type": "refused", "code": "bad"})
            return
        try:
            intent = self._intent(conn.person, data)
        except Refused as refused:
            self._send(conn, {"type": "refused", "code": refused.code})
            self._send(conn, self.room.view(conn.person))
            return
        if intent is not None:
            self._on_intent(intent)
        elif data.get("type") == "note":  # waiting in the queue: the facilitator sees it
            self._status()
        self._send(conn, {"type": "ok", "of": data.get("type")})
        self._schedule_broadcast(conn)  # everyone else hears once the map has it

    def _intent(self, person: Participant, data: dict[str, Any]) -> Intent | None:
        kind = data.get("type")
        if kind == "note":
            return self.room.note(person, data.get("stage"), data.get("kind"), data.get("text"))
        if kind == "vote":
            return self.room.vote(person, data.get("item"), data.get("delta"))
        if kind == "rate":
            return self.room.rate(person, data.get("stage"), data.get("value"))
        if kind == "ping":
            return None
        raise Refused("bad")
