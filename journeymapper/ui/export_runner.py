"""Exports off the GUI thread: a snapshot of the map rendered by the headless exporters.

The GUI thread takes a snapshot of the map (``snapshot``) and hands it to a worker in a
QThreadPool, so the map can be edited (or closed) while a long export runs. Results come
back through queued signals to the GUI thread: notes in the status bar, failures as one
dialog, images for the clipboard or the export dialog's preview.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QMainWindow, QMessageBox, QProgressBar

from ..commands.error_text import translated
from ..commands.translate import translator
from ..export.dispatch import export_file
from ..export.options import ExportOptions
from ..io.errors import MapFileError
from ..io.jmap import dumps_map, loads_map
from ..model import JourneyMap, ModelError
from .crash import LOGGER_NAME

Exporter = Callable[[JourneyMap, Path, ExportOptions], list[str]]
OnImage = Callable[[QImage], None]
OnError = Callable[[str], None]


_tr = translator("ExportRunner")


def snapshot(journey: JourneyMap) -> JourneyMap:
    """An independent copy of ``journey`` (taken on the GUI thread) for a worker to export."""
    return loads_map(dumps_map(journey), journey.title)


def render_image(journey: JourneyMap, options: ExportOptions) -> bytes:
    """The poster as PNG bytes, by the PNG exporter (imported here: Pillow loads lazily)."""
    from ..export.png import render_png

    data, _notes = render_png(journey, options)
    return data


def reason(error: BaseException) -> str:
    """What went wrong, in one line for the user."""
    if isinstance(error, MapFileError):
        return "; ".join(translated(p.text()) for p in error.problems)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return (error.strerror or str(error)) + where
    if isinstance(error, ModelError):
        return translated(error.message)
    if isinstance(error, ValueError):
        return str(error)
    return _tr("unexpected error: %1").replace("%1", repr(error))


class _Signals(QObject):
    """Carries a finished job back to the GUI thread (queued: this object lives there)."""

    done = Signal(int, object)
    failed = Signal(int, object)


class ExportRunner(QObject):
    """Runs exports and renders in worker threads; a busy bar in the status bar while they run."""

    exported = Signal(str, list)  # path, notes
    export_failed = Signal(str)  # the message shown

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.exporter: Exporter = export_file
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]]
        self._callbacks = {}
        self._exports = 0
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self.busy = QProgressBar(window)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        window.statusBar().addPermanentWidget(self.busy)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window lets running exports finish, so no file is left unwritten."""
        if watched is self.window and event.type() == QEvent.Type.Close and self.is_busy():
            self.wait()
        return False

    # ------------------------------------------------------------------ jobs
    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> int:
        """Run ``work`` in a worker thread; the callbacks run later on the GUI thread."""
        job = next(self._ids)
        self._callbacks[job] = (on_done, on_error)
        signals = self._signals

        def task() -> None:
            try:
                result = work()
            except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI
                logging.getLogger(LOGGER_NAME).info("export job failed", exc_info=True)
                _emit(signals.failed, job, error)
            else:
                _emit(signals.done, job, result)

        self.pool.start(task)
        return job

    @Slot(int, object)
    def _done(self, job: int, result: object) -> None:
        callbacks = self._callbacks.pop(job, None)
        if callbacks is not None:
            callbacks[0](result)

    @Slot(int, object)
    def _failed(self, job: int, error: object) -> None:
        callbacks = self._callbacks.pop(job, None)
        if callbacks is not None and isinstance(error, BaseException):
            callbacks[1](error)

    def is_busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker has finished (for closing and tests)."""
        return self.pool.waitForDone(msecs)

    # --------------------------------------------------------------- exports
    def export(self, journey: JourneyMap, path: Path, options: ExportOptions) -> int:
        """Export a snapshot to ``path`` in the background; notes or one error dialog after."""
        exporter = self.exporter
        self._exports += 1
        self.busy.show()
        self._status(_tr("Exporting to %1…").replace("%1", str(path)))
        return self.run(
            lambda: exporter(journey, path, options),
            lambda notes: self._exported(path, notes),
            lambda error: self._export_error(path, error),
        )

    def _finish_export(self) -> None:
        self._exports -= 1
        if self._exports <= 0:
            self._exports = 0
            self.busy.hide()

    def _exported(self, path: Path, notes: list[str]) -> None:
        self._finish_export()
        message = _tr("Exported to %1").replace("%1", str(path))
        if notes:
            message += " — " + "; ".join(notes)
        self._status(message)
        self.exported.emit(str(path), list(notes))

    def _export_error(self, path: Path, error: BaseException) -> None:
        self._finish_export()
        text = (
            _tr(
                "The map could not be exported to “%1”:\n\n%2\n\nNothing was written there; "
                "your map is unchanged."
            )
            .replace("%1", str(path))
            .replace("%2", reason(error))
        )
        self._status(_tr("Export failed"))
        self.export_failed.emit(text)
        QMessageBox.critical(self.window, _tr("Export failed"), text)

    # ---------------------------------------------------------------- images
    def render(
        self, journey: JourneyMap, options: ExportOptions, on_image: OnImage, on_error: OnError
    ) -> int:
        """Render the poster PNG of a snapshot in the background and hand back a QImage."""

        def done(data: bytes) -> None:
            image = QImage.fromData(data)  # the format is read from the data (a PNG)
            if image.isNull():
                on_error(_tr("the image could not be decoded"))
            else:
                on_image(image)

        return self.run(
            lambda: render_image(journey, options), done, lambda error: on_error(reason(error))
        )

    def copy_image(self, journey: JourneyMap, options: ExportOptions) -> int:
        """Put the map (as the PNG exporter draws it) on the clipboard as an image."""
        self.busy.show()
        self._exports += 1

        def copied(image: QImage) -> None:
            self._finish_export()
            QGuiApplication.clipboard().setImage(image)
            self._status(
                _tr("Copied the map as an image (%1 × %2 pixels)")
                .replace("%1", str(image.width()))
                .replace("%2", str(image.height()))
            )

        def failed(message: str) -> None:
            self._finish_export()
            self._status(_tr("Copy as image failed"))
            QMessageBox.critical(self.window, _tr("Copy as image failed"), message)

        return self.render(journey, options, copied, failed)

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)


def _emit(signal: Any, job: int, value: object) -> None:
    """Emit from a worker; the receiver may be gone if the window closed meanwhile."""
    try:
        signal.emit(job, value)
    except RuntimeError:
        logging.getLogger(LOGGER_NAME).info("export finished after its window closed")
