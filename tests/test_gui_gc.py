"""The editor collects garbage on the GUI thread's timer, not wherever an allocation trips it."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtWidgets import QApplication

from journeymapper.ui.gui_gc import collect_on_gui_thread


def test_cycles_are_collected_between_events_with_automatic_collection_off(
    qapp: QApplication, qtbot: Any
) -> None:
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # installed once
    assert not gc.isenabled()
    for _ in range(gc.get_threshold()[0] * 3):  # cycles, more than one generation's worth
        pair: list[object] = []
        pair.append(pair)
    assert gc.get_count()[0] > gc.get_threshold()[0]  # nothing collected them on the spot
    qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=2_000)
