"""View ▸ Compare with…: the compare picture in a window, with Save Picture… (PDF/PNG/SVG/HTML)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..compare.changes import MapDiff
from ..compare.effects import Effects
from ..compare.report import to_text
from ..export.compare_file import render_picture, write_picture
from .crash import LOGGER_NAME
from .history_dock import tr
from .messages import show_save_error

SCREEN_DPI = 80
SAVE_SUFFIXES = (".pdf", ".png", ".svg", ".html")


class CompareDialog(QDialog):
    """The new map with its changes marked and the change list; the picture can be saved."""

    def __init__(
        self, diff: MapDiff, found: Effects, names: tuple[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.diff, self.found, self.names = diff, found, names
        self.setObjectName("compare_dialog")
        self.setWindowTitle(tr("Compare: %1 → %2").replace("%1", names[0]).replace("%2", names[1]))
        layout = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.picture = QLabel(self)
        self.picture.setObjectName("compare_picture")
        pixmap = QPixmap()
        pixmap.loadFromData(render_picture(diff, found, ".png", names, SCREEN_DPI), "PNG")
        self.picture.setPixmap(pixmap)
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        split.addWidget(scroll)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("compare_text")
        self.text.setReadOnly(True)
        self.text.setPlainText(to_text(diff, names[0], names[1], found))
        split.addWidget(self.text)
        split.setSizes([600, 200])
        layout.addWidget(split)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save = QPushButton(tr("Save Picture…"), self)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.ActionRole)
        self.save.clicked.connect(self.save_dialog)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1200, 800)

    def save_dialog(self) -> bool:
        filters = tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Web page (*.html)")
        path, _filter = QFileDialog.getSaveFileName(
            self, tr("Save Picture"), "compare.pdf", filters
        )
        if not path:
            return False
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() not in SAVE_SUFFIXES:
            path = path.with_name(path.name + ".pdf")
        try:
            write_picture(self.diff, self.found, path, self.names[0], self.names[1])
        except OSError as error:
            logging.getLogger(LOGGER_NAME).warning("cannot save %s: %s", path, error)
            show_save_error(self, str(path), error)
            return False
        return True
