"""Room mode: 50 phones voting at once, headless and into the editor (votes/s, GUI frame time)."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import aiohttp  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.timing import table  # noqa: E402
from journeymapper.io.jmap import load_map, save_map  # noqa: E402
from journeymapper.model import VotingRound  # noqa: E402
from journeymapper.model.voting import VOTABLE  # noqa: E402
from journeymapper.room.headless import HeadlessRoom  # noqa: E402
from journeymapper.room.intents import Intent  # noqa: E402
from journeymapper.room.server import RoomServer  # noqa: E402
from journeymapper.room.state import Settings  # noqa: E402
from journeymapper.templates import build_template  # noqa: E402

PHONES = 50
DOTS = 30  # within a phone's burst allowance, so every dot is sent at full speed
STORMS = 3


def _vote_storm(origin: str, token: str, items: list[str]) -> tuple[float, float]:
    """Every phone joins, then all cast DOTS dots as fast as they can: the wall-clock moment
    they start and the seconds until every dot is answered."""

    async def phone(http: aiohttp.ClientSession, n: int, go: asyncio.Event) -> None:
        async with http.ws_connect(origin + "/ws", headers={"Origin": origin}) as ws:
            await ws.send_str(json.dumps({"type": "hello", "token": token, "key": f"{n:032d}",
                                          "name": f"Phone {n}"}))  # fmt: skip
            await ws.receive()
            await go.wait()
            for i in range(DOTS):
                item = items[(n + i) % len(items)]
                await ws.send_str(json.dumps({"type": "vote", "item": item, "delta": 1}))
            answered = 0
            while answered < DOTS:
                data = json.loads((await ws.receive()).data)
                if data["type"] in ("ok", "refused"):
                    assert data["type"] == "ok", data
                    answered += 1

    async def storm() -> tuple[float, float]:
        go = asyncio.Event()
        async with aiohttp.ClientSession() as http:
            tasks = [asyncio.ensure_future(phone(http, n, go)) for n in range(PHONES)]
            await asyncio.sleep(0.5)
            wall, start = time.time(), time.perf_counter()
            go.set()
            await asyncio.gather(*tasks)
            return wall, time.perf_counter() - start

    return asyncio.run(storm())


def _storm_elsewhere(origin: str, token: str, items: list[str]) -> tuple[float, float]:
    """The phones in a process of their own, as real phones would be (no shared GIL)."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        wall, seconds = pool.apply(_vote_storm, (origin, token, items))
        return float(wall), float(seconds)


def _headless() -> tuple[float, float]:
    """Votes/s accepted by the server and votes/s applied to the map and saved, headless."""
    folder = Path(tempfile.mkdtemp())
    path = folder / "room.jmap"
    save_map(build_template("e-shop", "en"), path)
    journey = load_map(path)
    items = [a.id for a in journey.annotations()] + [t.id for t in journey.touchpoints()]
    settings = Settings(phase="vote", dots=DOTS, cap=None)

    def factory(on_intent: Callable[[Intent], None]) -> RoomServer:
        return RoomServer("127.0.0.1", 0, on_intent, settings=settings)

    room = HeadlessRoom(path, journey, factory)
    room.server.start()
    stop = threading.Event()
    worker = threading.Thread(target=room.run, args=(stop,), daemon=True)
    worker.start()
    go, accepted = _storm_elsewhere(room.server.origin, room.server.token, items)
    total = PHONES * DOTS
    while room.applied < total:
        time.sleep(0.005)
    applied = time.time() - go
    stop.set()
    worker.join()
    room.finish()
    saved = load_map(path).voting
    assert saved is not None and sum(saved.totals().values()) == total
    return total / accepted, total / applied


def _gui(started: bool) -> tuple[float, list[float], list[float]]:
    """Votes/s into the open editor, its frame times (ms) while the votes arrive, and its frame
    times in the half second before, phones connected and idle (what the machine gives)."""
    from journeymapper.io.recovery import RecoverySlot
    from journeymapper.ui.document import Document
    from journeymapper.ui.main_window import MainWindow
    from journeymapper.ui.settings_store import SettingsStore
    from journeymapper.workshop import install_workshop

    app = QApplication.instance() or QApplication([])
    temp = Path(tempfile.mkdtemp())
    store = SettingsStore(QSettings(str(temp / "s.ini"), QSettings.Format.IniFormat))
    document = Document(build_template("e-shop", "en"))
    window = MainWindow(document, store, RecoverySlot(temp / "recovery"), autosave_ms=10**7)
    shop = install_workshop(window)
    window.resize(1600, 1000)
    window.show()
    journey = document.journey
    items = [a.id for a in journey.annotations()] + [t.id for t in journey.touchpoints()]
    shop.room.configure(phase="vote", dots=DOTS)
    if started:  # the facilitator started the round (Start Voting) before the room votes
        shop.voting.begin(VotingRound(("Facilitator",), DOTS, VOTABLE, hidden=False))
    shop.room.open("127.0.0.1", 0)
    server = shop.room.server
    assert server is not None
    result: list[tuple[float, float]] = []
    storm = threading.Thread(
        target=lambda: result.append(_storm_elsewhere(server.origin, server.token, items))
    )
    frames: list[tuple[float, float]] = []  # (wall clock, ms since the previous frame)
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def frame() -> None:  # a repaint of the canvas each turn of the event loop
        window.view.viewport().repaint()
        now = clock.nsecsElapsed()
        frames.append((time.time(), (now - last[0]) / 1e6))
        last[0] = now

    ticker = QTimer()
    ticker.timeout.connect(frame)
    ticker.start(0)
    storm.start()
    total = PHONES * DOTS
    while shop.room.applied < total:
        app.processEvents()
    done = time.time()
    ticker.stop()
    storm.join()
    go = result[0][0]
    elapsed = done - go
    during = [ms for wall, ms in frames if go <= wall <= done]
    idle = [ms for wall, ms in frames if go - 0.45 <= wall < go]
    shop.room.close()
    document.mark_saved()  # nothing to ask about when the window closes
    window.close()
    assert journey.voting is not None and sum(journey.voting.totals().values()) == total
    return total / elapsed, during, idle


def _spread(frames: list[float]) -> str:
    ordered = sorted(frames)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (f"median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms, "
            f"worst {ordered[-1]:.1f} ms ({len(ordered)} frames)")  # fmt: skip


def main() -> str:
    accepted, saved = _headless()
    rows = [
        ("headless: accepted by the server", f"{accepted:,.0f} votes/s", ""),
        ("headless: applied to the map", f"{saved:,.0f} votes/s", ""),
    ]
    idle: list[float] = []
    for started, name in ((True, "round started beforehand"), (False, "first dot starts it")):
        runs = [_gui(started) for _ in range(STORMS)]  # a storm is short: frames pooled
        into_gui = statistics.median(rate for rate, _during, _idle in runs)
        during = [ms for _rate, frames, _idle in runs for ms in frames]
        idle += [ms for _rate, _frames, frames in runs for ms in frames]
        rows.append((f"editor, {name}", f"{into_gui:,.0f} votes/s", _spread(during)))
    rows.append(("editor: idle, the half second before", "", _spread(idle)))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    title = (f"Room mode: {PHONES} phones casting {DOTS} dots each at once (e-shop map, "
             f"{STORMS} storms, load average {load:.1f})")  # fmt: skip
    return table(title, ("", "throughput", "GUI frame time"), rows)
