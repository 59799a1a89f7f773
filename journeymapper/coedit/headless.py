"""``journeymapper share`` and ``journeymapper join``: co-editing peers without the editor."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType

import segno

from ..io.cli_words import COMMAND_LINE
from ..io.error_language import command_text
from ..io.jmap import save_map
from ..model import JourneyMap
from ..model.events import Event
from .link import ENDED, parse_invitation
from .peers import HostPeer, JoinPeer, Peer

SAVE_EVERY = 0.3


class _Saver:
    """Writes the map to ``path`` (atomically) a moment after it changed."""

    def __init__(self, journey: JourneyMap, path: Path) -> None:
        self.journey = journey
        self.path = path
        self.dirty = False
        self.last = 0.0
        journey.subscribe(self._changed)

    def _changed(self, _event: Event) -> None:
        self.dirty = True

    def save(self, now: bool = False) -> None:
        if self.dirty and (now or time.monotonic() - self.last >= SAVE_EVERY):
            save_map(self.journey, self.path)
            self.dirty = False
            self.last = time.monotonic()


def _stop_on_signals() -> threading.Event:
    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    return stop


def _serve(peer: Peer, saver: _Saver, stop: threading.Event, first_save: bool = False) -> None:
    if first_save:
        saver.dirty = True
    try:
        while not stop.is_set():
            peer.pump(timeout=0.1)
            if peer.refusal:
                break
            if not isinstance(peer, JoinPeer) or peer.synced:
                saver.save()
    finally:
        peer.stop()
        if not isinstance(peer, JoinPeer) or peer.synced:
            saver.save(now=True)


def run_share(path: str, journey: JourneyMap, host: str, port: int, language: str = "en") -> int:
    """Share ``journey`` until Ctrl+C or SIGTERM, saving what co-editors change into ``path``;
    first line printed: the invitation URL, the rest in ``language``."""
    peer = HostPeer(journey, host, port)
    peer.start()
    sys.stdout.write(peer.url + "\n")
    if sys.stdout.isatty():
        segno.make(peer.url, error="m").terminal(compact=True)
    sys.stdout.flush()
    saver = _Saver(journey, Path(path))
    _serve(peer, saver, _stop_on_signals())
    sys.stdout.write(command_text(language, "share.ended", os.fspath(path)) + "\n")
    return 0


def run_join(url: str, out: str, language: str = "en") -> int:
    """Mirror the shared map into ``out`` until Ctrl+C, SIGTERM or the host stops sharing;
    1 if the host refuses us."""
    peer = JoinPeer(parse_invitation(url))
    saver = _Saver(peer.journey, Path(out))
    peer.start()
    stop = _stop_on_signals()
    _serve(peer, saver, stop, first_save=True)
    if peer.refusal == ENDED and peer.synced:
        sys.stdout.write(command_text(language, "join.ended", os.fspath(out)) + "\n")
        return 0
    if peer.refusal == ENDED:
        sys.stderr.write(f"error: {url}: {command_text(language, 'join.gone')}\n")
        return 1
    if peer.refusal:
        reason = peer.refusal
        if f"join.{reason}" in COMMAND_LINE:
            reason = command_text(language, f"join.{reason}")
        sys.stderr.write(f"error: {url}: {command_text(language, 'join.refused', reason)}\n")
        return 1
    return 0
