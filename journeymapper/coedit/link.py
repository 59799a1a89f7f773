"""A joiner's connection to the host: pairing hello, then sync messages both ways; reconnects.

The link runs on its own thread and event loop and never touches the map: it hands what
arrives to ``on_message`` and tells ``on_open`` each time a connection is made (the owner
then sends its sync step 1 so both sides merge what they did while apart).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp

from ..io.messages import file_msg
from ..room.addresses import check_host
from ..room.server import url_host
from .hub import PATH, REFUSED

MAX_INCOMING = 256 * 1024 * 1024  # a whole large map arrives in one message
ENDED = "ended"  # the refusal code of a host that stopped sharing (it closed us, going away)
RETRY_FIRST = 0.1
RETRY_MAX = 2.0


@dataclass(frozen=True)
class Invitation:
    """Where the host is and the pairing secret, from a join URL."""

    host: str
    port: int
    secret: str

    @property
    def origin(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.origin}{PATH}#{self.secret}"


def parse_invitation(url: str) -> Invitation:
    """ValueError says what is wrong with a join URL (``http://ADDR:PORT/coedit#SECRET``)."""
    parts = urlsplit(url.strip())
    if parts.scheme != "http" or parts.path != PATH or not parts.fragment:
        raise ValueError(file_msg("link.not_coedit", f"http://ADDR:PORT{PATH}#CODE"))
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None or parts.hostname is None:
        raise ValueError(file_msg("link.no_address"))
    if not 16 <= len(parts.fragment) <= 64:
        raise ValueError(file_msg("link.no_code"))
    return Invitation(check_host(parts.hostname), port, parts.fragment)


class Refused(RuntimeError):
    """The host turned us away (wrong pairing code, full) or stopped sharing (``ENDED``):
    trying again will not help."""


class Link:
    """Keeps a connection to the host until ``stop``; ``send`` drops messages while apart."""

    def __init__(
        self,
        invitation: Invitation,
        on_open: Callable[[], None],
        on_message: Callable[[bytes], None],
        on_refused: Callable[[str], None],
    ) -> None:
        self.invitation = invitation
        self._on_open = on_open
        self._on_message = on_message
        self._on_refused = on_refused
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="coedit-link", daemon=True)
        self._socket: aiohttp.ClientWebSocketResponse | None = None
        self._stopping: asyncio.Event | None = None
        self.connected = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop)
            self._thread.join(timeout=10)

    def cut(self) -> None:
        """Drop the connection as a Wi-Fi loss would (the link reconnects)."""
        self._loop.call_soon_threadsafe(self._cut)

    def send(self, message: bytes) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._send, message)

    # ------------------------------------------------------------ its loop
    def _stop(self) -> None:
        if self._stopping is not None:
            self._stopping.set()
        self._cut()

    def _cut(self) -> None:
        socket = self._socket
        if socket is not None and not socket.closed:
            task = asyncio.ensure_future(socket.close())
            task.add_done_callback(lambda t: t.exception())

    def _send(self, message: bytes) -> None:
        socket = self._socket
        if socket is not None and not socket.closed:
            task = asyncio.ensure_future(socket.send_bytes(message))
            task.add_done_callback(lambda t: t.exception())

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._keep_connected())
        finally:
            self._loop.close()

    async def _keep_connected(self) -> None:
        self._stopping = asyncio.Event()
        delay = RETRY_FIRST
        url = f"ws://{url_host(self.invitation.host)}:{self.invitation.port}{PATH}"
        async with aiohttp.ClientSession() as session:
            while not self._stopping.is_set():
                try:
                    await self._session(session, url)
                    delay = RETRY_FIRST
                except Refused as refused:
                    self.connected.clear()
                    self._on_refused(str(refused))
                    return
                except (aiohttp.ClientError, OSError, TimeoutError):
                    pass
                self.connected.clear()
                if self._stopping.is_set():
                    return
                try:
                    await asyncio.wait_for(self._stopping.wait(), delay)
                except TimeoutError:
                    delay = min(RETRY_MAX, delay * 2)

    async def _session(self, session: aiohttp.ClientSession, url: str) -> None:
        headers = {"Origin": self.invitation.origin}
        async with session.ws_connect(
            url, headers=headers, max_msg_size=MAX_INCOMING, heartbeat=20
        ) as socket:
            await socket.send_str(json.dumps({"type": "hello", "secret": self.invitation.secret}))
            answer = await socket.receive(timeout=15)
            if answer.type is not aiohttp.WSMsgType.TEXT:
                if socket.close_code == REFUSED:
                    raise Refused("refused")
                return
            data = json.loads(answer.data)
            if data.get("type") == "refused":
                raise Refused(str(data.get("code")))
            self._socket = socket
            self.connected.set()
            self._on_open()
            async for message in socket:
                if message.type is aiohttp.WSMsgType.BINARY:
                    self._on_message(message.data)
                elif message.type is not aiohttp.WSMsgType.TEXT:
                    break
            self._socket = None
            if socket.close_code == aiohttp.WSCloseCode.GOING_AWAY:
                raise Refused(ENDED)
