"""Co-editing: edit-to-visible latency between two peers, and joining a 10,000-card map."""

from __future__ import annotations

import statistics
import time

from bench.generate import make_map
from bench.timing import table
from journeymapper.coedit.peers import HostPeer, JoinPeer
from journeymapper.coedit.reconcile import canonical

EDITS = 30


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


def _latency(host: HostPeer, guest: JoinPeer, edits: int) -> list[float]:
    """Milliseconds from a rename on the joiner until the host's model shows it."""
    times = []
    stages = guest.journey.stages()
    for i in range(edits):
        stage = stages[i % len(stages)]
        name = f"Renamed {i}"
        start = time.perf_counter()
        guest.journey.update(stage.id, name=name)
        guest.flush()
        while host.journey.stage(stage.id).name != name:
            host.pump(timeout=0.0005)
        times.append((time.perf_counter() - start) * 1000)
        guest.pump()
    return times


def main() -> str:
    rows = []
    for size, edits in ((100, EDITS), (2_000, 5), (10_000, 2)):
        host, guest, joined = _join(size)
        try:
            assert canonical(guest.journey) == canonical(host.journey)
            times = _latency(host, guest, edits)
        finally:
            guest.stop()
            host.stop()
        rows.append((f"{size:,}", f"{joined:.2f}", f"{statistics.median(times):.1f}",
                     f"{max(times):.1f}"))  # fmt: skip
    return table(
        "Co-editing over 127.0.0.1 (two headless peers)",
        ("touchpoints", "join: whole map synced (s)", "rename visible, median (ms)",
         "rename visible, worst (ms)"),
        rows,
    )  # fmt: skip


if __name__ == "__main__":
    print(main())  # noqa: T201
