"""Python's cyclic garbage collector run by the GUI thread's event loop, between events.

Left automatic, a collection starts wherever an allocation trips it: inside a Qt call on the
GUI thread, or on an export's worker thread, where it destroys Qt objects from the wrong
thread. Both crash now and then. The editor switches automatic collection off and a timer on
the GUI thread collects the generations that are due by the collector's own thresholds (the
pattern pyqtgraph and calibre use)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 100


class GuiGarbageCollector(QObject):
    """Collects on the GUI thread every ``INTERVAL_MS`` what the collector would have."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gui_garbage_collector")
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(INTERVAL_MS)

    @staticmethod
    def collect() -> None:
        young, middle, old = gc.get_threshold()
        count0, count1, count2 = gc.get_count()
        if count0 > young:
            gc.collect(0)
            if count1 > middle:
                gc.collect(1)
                if count2 > old:
                    gc.collect(2)


def collect_on_gui_thread(app: QCoreApplication) -> GuiGarbageCollector:
    """Install (once) the GUI thread's garbage collector on ``app``."""
    found = app.findChild(GuiGarbageCollector, "gui_garbage_collector")
    return found if found is not None else GuiGarbageCollector(app)
