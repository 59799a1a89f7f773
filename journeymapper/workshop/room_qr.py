"""The join QR code and short code, drawn sharp at any size (segno makes the matrix)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from .text import tr


def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """Dark (True) and light modules of the QR code of ``url``, without the quiet zone."""
    code = segno.make(url, error="m", micro=False)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix)


def spaced_code(code: str) -> str:
    """``ABC123`` as ``ABC 123``, easier to read off a wall."""
    half = len(code) // 2
    return f"{code[:half]} {code[half:]}"


class QrCode(QWidget):
    """A square QR code with its quiet zone, black on white, scaled to the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix: tuple[tuple[bool, ...], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(tr("QR code to join the room"))

    def set_url(self, url: str) -> None:
        self.matrix = qr_matrix(url) if url else ()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 320)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self.matrix:
            return
        painter = QPainter(self)
        modules = len(self.matrix) + 8  # four modules of quiet zone on each side
        side = min(self.width(), self.height())
        step = side / modules
        left, top = (self.width() - side) / 2, (self.height() - side) / 2
        painter.fillRect(QRectF(left, top, side, side), QColor("white"))
        dark = QColor("black")
        for y, row in enumerate(self.matrix):
            for x, on in enumerate(row):
                if on:
                    rect = QRectF(left + (x + 4) * step, top + (y + 4) * step, step, step)
                    painter.fillRect(rect.adjusted(0, 0, 0.6, 0.6), dark)
        painter.end()


class RoomProjector(QWidget):
    """The projector's view of the room: QR code, short code, address and people joined."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("Join the room"))
        self.setObjectName("room_projector")
        self.setStyleSheet("#room_projector { background: white; } QLabel { color: #111; }")
        self.heading = QLabel(tr("Scan to join"), self)
        self.qr = QrCode(self)
        self.code = QLabel(self)
        self.address = QLabel(self)
        self.joined = QLabel(self)
        for label, size, bold in ((self.heading, 34, True), (self.code, 56, True),
                                  (self.address, 22, False), (self.joined, 24, False)):  # fmt: skip
            font = QFont(label.font())
            font.setPointSize(size)
            font.setBold(bold)
            label.setFont(font)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(tr("Room code"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.code)
        layout.addWidget(self.address)
        layout.addWidget(self.joined)
        self.resize(720, 900)

    def show_room(self, url: str, code: str, origin: str, joined: int) -> None:
        self.qr.set_url(url)
        self.code.setText(tr("Code: %1").replace("%1", spaced_code(code)))
        self.address.setText(tr("or open %1 and type the code").replace("%1", origin))
        self.joined.setText(tr("%n joined", n=joined))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() in (Qt.Key.Key_F11, Qt.Key.Key_F):
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        else:
            super().keyPressEvent(event)
