"""Workshop ▸ Share for Co-editing: the host's pairing link, code and QR, on its own screen only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..room.addresses import local_addresses
from .coedit_session import CoeditSession, State
from .room_qr import QrCode
from .text import tr

GUARD_MS = 250


def grouped(secret: str, size: int = 4) -> str:
    """A pairing code in groups of four, easier to read out and type (spaces are ignored)."""
    return " ".join(secret[i : i + size] for i in range(0, len(secret), size))


class ShareDialog(QDialog):
    """Start and stop sharing, and what a co-facilitator needs to join.

    It never shows while a presentation runs (``allowed``): the pairing code lets anyone
    who reads it edit the map, so it must not reach a projector.
    """

    start_requested = Signal(str, int)
    stop_requested = Signal()

    def __init__(
        self, port: int, allowed: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("share_dialog")
        self.setWindowTitle(tr("Share for Co-editing"))
        self.allowed = allowed
        self.secret = ""
        intro = QLabel(
            tr("Co-facilitators on this network can edit this map with you, live. Give them "
               "the link, or the address and the pairing code. Keep this window off the "
               "projector: whoever has the code can edit the map."),  # fmt: skip
            self,
        )
        intro.setWordWrap(True)
        self.address = QComboBox(self)
        self.address.addItems(local_addresses())
        self.port = QSpinBox(self)
        self.port.setRange(1024, 65535)
        self.port.setValue(port)
        self.port.setAccessibleName(tr("Port"))
        where = QHBoxLayout()
        where.addWidget(self.address, 1)
        where.addWidget(self.port)
        form = QFormLayout()
        address_label = QLabel(tr("&Network address:"), self)
        address_label.setBuddy(self.address)
        form.addRow(address_label, where)
        self.qr = QrCode(self)
        self.qr.setAccessibleName(tr("QR code of the co-editing link"))
        self.qr.setFixedSize(220, 220)
        self.link = QLineEdit(self)
        self.link.setReadOnly(True)
        self.link.setAccessibleName(tr("Co-editing link"))
        self.copy = QPushButton(tr("Copy &Link"), self)
        self.copy.clicked.connect(self._copy)
        self.host_line = QLabel(self)
        self.host_line.setWordWrap(True)
        self.host_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_caption = QLabel(tr("Pairing code:"), self)
        self.code = QLabel(self)
        self.code.setObjectName("pairing_code")
        self.code.setAccessibleName(tr("Pairing code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.code.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.code.setFont(font)
        self.peers = QLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.copy)
        column = QVBoxLayout()
        column.addLayout(link_row)
        column.addWidget(self.host_line)
        column.addSpacing(8)
        column.addWidget(self.code_caption)
        column.addWidget(self.code)
        column.addSpacing(8)
        column.addWidget(self.peers)
        column.addStretch(1)
        details = QHBoxLayout()
        details.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        details.addLayout(column, 1)
        self.toggle = QPushButton(self)
        self.toggle.clicked.connect(self._toggle)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(details)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(700, 400)
        self._guard = QTimer(self)  # a projector window opened meanwhile: the code goes
        self._guard.setInterval(GUARD_MS)
        self._guard.timeout.connect(self._check_allowed)
        self.show_session(None)

    # -------------------------------------------------------------- showing
    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        if visible and not self.allowed():
            return  # presenting: the code stays off every screen
        super().setVisible(visible)
        if visible:
            self._guard.start()
        else:
            self._guard.stop()

    def _check_allowed(self) -> None:
        if not self.allowed():
            self.hide()

    def show_session(self, session: CoeditSession | None) -> None:
        """Fill the dialog from the running host session (None: not sharing)."""
        sharing = session is not None and session.is_host and session.state is State.SHARING
        self.address.setEnabled(not sharing)
        self.port.setEnabled(not sharing)
        self.copy.setEnabled(sharing)
        self.toggle.setText(tr("S&top Sharing") if sharing else tr("&Start Sharing"))
        if not sharing or session is None:
            self.secret = ""
            self.qr.set_url("")
            self.link.clear()
            self.code.setText("")
            self.code_caption.hide()
            self.host_line.setText(tr("Not shared. Start sharing to get a link and a code."))
            self.peers.setText("")
            return
        url = session.link
        secret = url.partition("#")[2]
        self.secret = secret
        self.qr.set_url(url)
        self.code_caption.show()
        self.link.setText(url)
        self.link.setCursorPosition(0)
        origin = session.origin.removeprefix("http://")
        self.host_line.setText(tr("Address for joining: %1").replace("%1", origin))
        self.code.setText(grouped(secret))
        self.peers.setText(tr("%n co-editor(s) connected", n=session.co_editors))
        address, port = session.listening
        if self.address.findText(address) < 0:  # show where it really listens
            self.address.addItem(address)
        self.address.setCurrentText(address)
        self.port.setValue(port)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    # -------------------------------------------------------------- actions
    def _toggle(self) -> None:
        self.show_error("")
        if self.secret:
            self.stop_requested.emit()
        else:
            self.start_requested.emit(self.address.currentText(), self.port.value())

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and self.link.text():
            clipboard.setText(self.link.text())
