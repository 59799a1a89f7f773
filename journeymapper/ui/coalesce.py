"""Run a refresh once per turn of the event loop however often it is asked for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def once_per_turn(parent: QObject, refresh: Callable[[], None]) -> Callable[[], None]:
    """A function that asks for ``refresh``: many asks before the loop turns, one call."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(refresh)

    def ask() -> None:
        if not timer.isActive():
            timer.start()

    return ask
