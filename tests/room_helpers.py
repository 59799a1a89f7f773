"""Running a headless room in the test process, and talking to it like a phone would."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from journeymapper.io.jmap import load_map, save_map
from journeymapper.model import JourneyMap
from journeymapper.room.headless import HeadlessRoom
from journeymapper.room.intents import Intent
from journeymapper.room.server import RoomServer
from journeymapper.room.state import Settings


@contextmanager
def headless_room(journey: JourneyMap, path: Path, **settings: Any) -> Iterator[HeadlessRoom]:
    """A room on 127.0.0.1 (a free port) applying intents on a thread of its own."""
    save_map(journey, path)
    chosen = Settings(**settings)
    loaded = load_map(path)

    def factory(on_intent: Callable[[Intent], None]) -> RoomServer:
        return RoomServer("127.0.0.1", 0, on_intent, settings=chosen, session=loaded.room_session)

    room = HeadlessRoom(path, loaded, factory)
    room.server.start()
    stop = threading.Event()
    worker = threading.Thread(target=room.run, args=(stop,), daemon=True)
    worker.start()
    try:
        yield room
    finally:
        stop.set()
        worker.join()
        room.finish()


def hello(server: RoomServer, key: str, name: str = "", **credentials: str) -> str:
    data = {"type": "hello", "key": key, "name": name, **credentials}
    if not credentials:
        data["token"] = server.token
    return json.dumps(data)


T = TypeVar("T")


def run_async(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` on a thread of its own (playwright keeps a loop running on this one)."""
    result: list[T] = []
    error: list[BaseException] = []

    def target() -> None:
        try:
            result.append(asyncio.run(coroutine))
        except BaseException as exc:  # handed to the test's thread
            error.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if error:
        raise error[0]
    return result[0]
