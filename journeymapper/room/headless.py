"""``journeymapper room``: serve the room without the editor, saving contributions into the file."""

from __future__ import annotations

import os
import queue
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import segno

from ..io.error_language import command_text
from ..io.jmap import save_map
from ..model import JourneyMap
from .board import board_of
from .intents import Intent, apply_batch
from .server import RoomServer
from .state import Settings

SAVE_EVERY = 2.0


class HeadlessRoom:
    """Applies intents to the map on the calling thread and saves it atomically when changed."""

    def __init__(self, path: Path, journey: JourneyMap, server_factory: Callable[
            [Callable[[Intent], None]], RoomServer]) -> None:  # fmt: skip
        self.path = path
        self.journey = journey
        self.intents: queue.Queue[Intent | None] = queue.Queue()
        self.server = server_factory(self.intents.put)
        self.dirty = False
        self.applied = 0
        self.failed = 0
        self.last_seq = 0

    def apply(self, intents: list[Intent]) -> None:
        """Apply a batch of intents (dots as one change) and remember the last one's number."""
        if not intents:
            return
        refused = apply_batch(self.journey, intents)
        self.failed += refused
        self.applied += len(intents) - refused
        self.dirty = self.dirty or refused < len(intents)
        self.last_seq = max(self.last_seq, *(i.seq for i in intents))

    def _drain(self, first: Intent | None) -> list[Intent]:
        batch = [] if first is None else [first]
        while True:
            try:
                more = self.intents.get_nowait()
            except queue.Empty:
                return batch
            if more is not None:
                batch.append(more)

    def keep_session(self) -> None:
        """Put the room's session (queue, hidden notes, who joined) into the map when it
        changed, so the file resumes the room after a restart."""
        session = self.server.session()
        if session != self.journey.room_session:
            self.journey.set_room_session(session)
            self.dirty = True

    def save(self) -> None:
        if self.dirty:
            save_map(self.journey, self.path)
            self.dirty = False

    def finish(self) -> None:
        """Close the room, apply what is still queued, save."""
        self.server.stop()
        self.apply(self._drain(None))
        self.keep_session()
        self.save()

    def run(self, stop: threading.Event) -> None:
        """Until ``stop`` is set: apply what arrives, publish the map, save every few seconds."""
        self.server.publish(board_of(self.journey, 0))
        last_save = time.monotonic()
        while not stop.is_set():
            try:
                intent = self.intents.get(timeout=0.2)
            except queue.Empty:
                intent = None
            if intent is not None:
                self.apply(self._drain(intent))  # everything queued so far, then one publish
                self.server.publish(board_of(self.journey, self.last_seq))
            if time.monotonic() - last_save >= SAVE_EVERY:
                self.keep_session()
                self.save()
                last_save = time.monotonic()


def run_room(
    path: str, journey: JourneyMap, host: str, port: int, dots: int, phase: str,
    language: str = "en",
) -> int:
    """Serve ``journey`` from ``path`` until Ctrl+C or SIGTERM; first line printed: the join URL
    (a bare URL for scripts), the rest in ``language``."""
    settings = Settings(phase=phase, dots=dots, note_kinds=("card", "pain_point", "opportunity"),
                        show_results=True)  # fmt: skip

    def factory(on_intent: Callable[[Intent], None]) -> RoomServer:
        return RoomServer(host, port, on_intent, settings=settings, session=journey.room_session)

    room = HeadlessRoom(Path(path), journey, factory)
    room.server.start()
    sys.stdout.write(room.server.url + "\n")
    server = room.server
    sys.stdout.write(command_text(language, "room.code", server.code, server.viewer_url) + "\n")
    if sys.stdout.isatty():  # a small box's own screen: scan it from there
        segno.make(room.server.url, error="m").terminal(compact=True)
    sys.stdout.flush()
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        room.run(stop)
    finally:
        room.finish()
    closed = command_text(language, "room.closed", room.applied, os.fspath(path))
    sys.stdout.write(closed + "\n")
    return 0
