"""Workshop ▸ Join a Shared Map: the host's link (or address and pairing code), and why not."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..coedit.hub import PATH
from ..coedit.link import Invitation, parse_invitation
from ..room.server import url_host
from .text import tr

SECRET_LENGTH = (16, 64)
EXAMPLE_LINK = "http://192.168.1.5:8471" + PATH + "#…"  # the same in every language


def read_invitation(link: str, code: str = "") -> Invitation:
    """The invitation in what the user typed: a whole link, or an address plus the code.

    ValueError carries a message in the user's language saying what to fix.
    """
    text = link.strip()
    if not text:
        raise ValueError(tr("Paste the link from the host's screen, or type its address."))
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme != "http" or parts.path not in ("", "/", PATH):
        raise ValueError(tr("This is not a co-editing link. It looks like "
                            "http://192.168.1.5:8471/coedit#code."))  # fmt: skip
    if not parts.hostname or port is None:
        raise ValueError(tr("The address needs the host's number and port, like "
                            "192.168.1.5:8471."))  # fmt: skip
    secret = parts.fragment or "".join(code.split())
    if not secret:
        raise ValueError(tr("Type the pairing code shown on the host's screen."))
    if not SECRET_LENGTH[0] <= len(secret) <= SECRET_LENGTH[1]:
        raise ValueError(tr("The pairing code is incomplete: check it against the host's "
                            "screen."))  # fmt: skip
    try:
        return parse_invitation(f"http://{url_host(parts.hostname)}:{port}{PATH}#{secret}")
    except ValueError:
        raise ValueError(tr("The address must be the host's IP address, like "
                            "192.168.1.5:8471.")) from None  # fmt: skip


class JoinDialog(QDialog):
    """Asks for the invitation; stays open (showing progress or the error) until joined."""

    join_requested = Signal(object)  # an Invitation
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("join_dialog")
        self.setWindowTitle(tr("Join a Shared Map"))
        intro = QLabel(
            tr("Paste the link shown by Share for Co-editing on the host's screen, or type "
               "the host's address and the pairing code. The shared map opens in a new "
               "window."),  # fmt: skip
            self,
        )
        intro.setWordWrap(True)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText(EXAMPLE_LINK)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(tr("not needed when the link has it"))
        link_label = QLabel(tr("&Link or address:"), self)
        link_label.setBuddy(self.link)
        code_label = QLabel(tr("Pairing &code:"), self)
        code_label.setBuddy(self.code)
        form = QFormLayout()
        form.addRow(link_label, self.link)
        form.addRow(code_label, self.code)
        self.message = QLabel(self)
        self.message.setObjectName("join_message")
        self.message.setWordWrap(True)
        self.join = QPushButton(tr("&Join"), self)
        self.join.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.join, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.join.clicked.connect(self._join)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 240)

    def _join(self) -> None:
        try:
            invitation = read_invitation(self.link.text(), self.code.text())
        except ValueError as error:
            self.fail(str(error))
            return
        self.busy(tr("Connecting to %1…").replace("%1", invitation.origin.removeprefix("http://")))
        self.join_requested.emit(invitation)

    def busy(self, text: str) -> None:
        """Joining is under way: inputs wait, the message says what happens."""
        self.message.setStyleSheet("")
        self.message.setText(text)
        for widget in (self.link, self.code, self.join):
            widget.setEnabled(False)

    def fail(self, text: str) -> None:
        """Say why joining did not work; the user can correct and try again."""
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(text)
        for widget in (self.link, self.code, self.join):
            widget.setEnabled(True)
        self.link.setFocus()

    def reject(self) -> None:
        self.cancelled.emit()
        super().reject()
