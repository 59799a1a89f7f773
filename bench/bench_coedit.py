"""Co-editing: joining a map (initial sync) and edit-to-visible latency between two peers."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from bench.generate import make_map
from bench.timing import table
from journeymapper.coedit.peers import HostPeer, JoinPeer
from journeymapper.coedit.reconcile import canonical
from journeymapper.model import JourneyMap

EDITS = 20


def _join(size: int) -> tuple[HostPeer, JoinPeer, float]:
    """Seconds from Share (the host fills its document) until the joiner has the whole map."""
    journey = make_map(size, max(3, size // 100))
    start = time.perf_counter()
    host = HostPeer(journey)  # the host puts the map into its document
    host.start()
    guest = JoinPeer(host.url)
    guest.start()
    while not (guest.synced and guest.journey.touchpoint_count() == size):
        host.pump(timeout=0.001)
        guest.pump(timeout=0.001)
    return host, guest, time.perf_counter() - start


Edit = Callable[[JourneyMap, int], Callable[[JourneyMap], bool]]


def _rename(journey: JourneyMap, i: int) -> Callable[[JourneyMap], bool]:
    card = journey.touchpoints()[i * 37 % journey.touchpoint_count()]
    name = f"Renamed {i}"
    journey.update(card.id, name=name)
    return lambda other: other.touchpoint(card.id).name == name


def _cell(journey: JourneyMap, i: int) -> Callable[[JourneyMap], bool]:
    lane = next(lane for lane in journey.lanes() if lane.kind.value == "text")
    stage = journey.stages()[i % len(journey.stages())]
    text = f"Cell {i}"
    journey.set_cell(lane.id, stage.id, text)
    return lambda other: other.lane(lane.id).cells.get(stage.id) == text


def _emotion(journey: JourneyMap, i: int) -> Callable[[JourneyMap], bool]:
    card = journey.touchpoints()[i * 53 % journey.touchpoint_count()]
    persona = journey.personas()[i % len(journey.personas())]
    value = -2 + i % 5
    journey.set_emotion(card.id, persona.id, value)
    return lambda other: other.touchpoint(card.id).emotions[persona.id].as_is == value


def _latency(host: HostPeer, guest: JoinPeer, edit: Edit, edits: int) -> list[float]:
    """Milliseconds from an edit on the joiner until the host's model shows it."""
    times = []
    for i in range(edits):
        start = time.perf_counter()
        visible = edit(guest.journey, i)
        guest.flush()
        while not visible(host.journey):
            host.pump(timeout=0.0005)
        times.append((time.perf_counter() - start) * 1000)
        guest.pump()
    return times


def main() -> str:
    rows = []
    for size, edits in ((100, EDITS), (2_000, EDITS), (10_000, EDITS)):
        host, guest, joined = _join(size)
        try:
            assert canonical(guest.journey) == canonical(host.journey)
            if not any(lane.kind.value == "text" for lane in guest.journey.lanes()):
                guest.journey.add_lane("text", "Notes")
            cells: list[float] = []
            row = [f"{size:,}", f"{joined:.2f}"]
            for edit in (_rename, _cell, _emotion):
                times = _latency(host, guest, edit, edits)
                cells += times
                row.append(f"{statistics.median(times):.1f}")
            row.append(f"{max(cells):.1f}")
        finally:
            guest.stop()
            host.stop()
        rows.append(tuple(row))
    return table(
        "Co-editing over 127.0.0.1 (two headless peers)",
        ("touchpoints", "join: whole map synced (s)", "rename visible, median (ms)",
         "cell visible, median (ms)", "emotion visible, median (ms)", "worst of all (ms)"),
        rows,
    )  # fmt: skip


if __name__ == "__main__":
    print(main())  # noqa: T201
