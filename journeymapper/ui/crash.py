"""Unexpected exceptions: log them to a file in the platform's log folder and tell the user."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

LOGGER_NAME = "journeymapper"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_path() -> Path:
    return Path(user_log_dir("journeymapper")) / "journeymapper.log"


def setup_logging(path: Path | None = None) -> Path | None:
    """Send the editor's log to a file; returns its path (None if the folder is unwritable)."""
    target = path if path is not None else log_path()
    logger = logging.getLogger(LOGGER_NAME)
    logger.setLevel(logging.INFO)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(target, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in logger.handlers if isinstance(h, logging.FileHandler)]:
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    return target


class CrashHandler:
    """A ``sys.excepthook`` that logs the traceback and shows a dialog; the app keeps running."""

    def __init__(self, parent: Callable[[], QWidget | None], log_file: Path | None) -> None:
        self._parent = parent
        self._log_file = log_file
        self._previous: ExceptHook | None = None
        self._showing = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous is not None:
            sys.excepthook = self._previous

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        logging.getLogger(LOGGER_NAME).error("unexpected error\n%s", text)
        if self._showing:
            return
        self._showing = True
        try:
            self.show_dialog(error)
        finally:
            self._showing = False

    def show_dialog(self, error: BaseException) -> None:
        tr = QCoreApplication.translate
        message = tr(
            "CrashHandler",
            "Something went wrong inside JourneyMapper: %1\n\n"
            "Your map is still open and can be saved.",
        ).replace("%1", str(error) or type(error).__name__)
        if self._log_file is not None:
            message += "\n" + tr("CrashHandler", "The details are in %1").replace(
                "%1", str(self._log_file)
            )
        QMessageBox.critical(self._parent(), tr("CrashHandler", "Unexpected error"), message)
