"""Workshop ▸ Share for Co-editing and Join a Shared Map: sessions, dialogs, status, windows."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from ..coedit.link import ENDED, Invitation
from ..coedit.peers import HostPeer, JoinPeer
from ..commands.error_text import translated
from ..io.messages import os_reason
from ..io.recovery import RecoverySlot
from ..room.addresses import DEFAULT_PORT, primary_address
from ..ui.document import Document
from ..ui.host import DocumentHost
from ..ui.main_window import MainWindow
from .coedit_session import CoeditSession, State
from .join_dialog import JoinDialog
from .share_dialog import ShareDialog
from .text import tr

if TYPE_CHECKING:
    from .controller import Workshop

SHARE_PORT = DEFAULT_PORT + 1  # beside the room's port: both can be open at once
JOIN_TIMEOUT_MS = 10_000
_WINDOWS: set[MainWindow] = set()  # joined maps' windows (Python must keep them alive)


def refusal_text(code: str) -> str:
    """Why the host turned this desktop away (or let it go), in the user's language."""
    if code == ENDED:
        return tr("The host stopped sharing this map.")
    if code == "full":
        return tr("The host already has as many co-editors as it takes.")
    if code == "slow":
        return tr("Too many wrong codes from this desktop: wait a minute and try again.")
    return tr("The host did not accept the pairing code. Check it against the host's screen "
              "(a new code is made each time sharing starts).")  # fmt: skip


class CoeditControl(QObject):
    """One window's co-editing: its session (host or joiner), dialogs and status-bar badge."""

    def __init__(self, workshop: Workshop) -> None:
        super().__init__(workshop)
        self.workshop = workshop
        self.window = workshop.window
        self.session: CoeditSession | None = None
        self.share_dialog: ShareDialog | None = None
        self.join_dialog: JoinDialog | None = None
        self._joining: CoeditSession | None = None
        self._join_timer = QTimer(self)
        self._join_timer.setSingleShot(True)
        self._join_timer.timeout.connect(self._join_timed_out)
        self.badge = QLabel(self.window)
        self.badge.setObjectName("coedit_status")
        self.window.statusBar().addPermanentWidget(self.badge)
        self.badge.hide()
        self.share_action = QAction(tr("&Share for Co-editing…"), self.window)
        self.share_action.triggered.connect(lambda _checked=False: self.share())
        self.join_action = QAction(tr("&Join a Shared Map…"), self.window)
        self.join_action.triggered.connect(lambda _checked=False: self.join())
        self.window.closed.connect(self.stop)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._quit)

    # ----------------------------------------------------------------- host
    def share(self) -> ShareDialog | None:
        """Start sharing the open map (if not yet) and show the pairing dialog."""
        if self.session is not None and not self.session.is_host:
            return None  # a joined map is shared by its host already
        dialog = self._share_dialog()
        if self.session is None:
            self.start_sharing(primary_address(), SHARE_PORT, fallback=True)
        dialog.show()  # not while presenting (the dialog refuses)
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
        else:
            self.window.status(tr("The pairing code is not shown while a presentation or the "
                                  "room's QR window is open."))  # fmt: skip
        return dialog

    def _share_dialog(self) -> ShareDialog:
        if self.share_dialog is None:
            self.share_dialog = ShareDialog(SHARE_PORT, self._may_show_code, self.window)
            self.share_dialog.start_requested.connect(self.start_sharing)
            self.share_dialog.stop_requested.connect(self.stop)
            self.share_dialog.show_session(self.session)
        return self.share_dialog

    def _may_show_code(self) -> bool:
        """Not while presenting, nor while the room's QR window (for the projector) is up."""
        projector = self.workshop.room_panel.projector
        return self.workshop.presentation is None and not (
            projector is not None and shiboken6.isValid(projector) and projector.isVisible()
        )

    def start_sharing(self, host: str, port: int, fallback: bool = False) -> bool:
        """Share the open map on ``host:port`` (``fallback``: any free port if it is taken)."""
        self.stop()
        document = self.window.document
        try:
            session = self._host(document, host, port)
        except OSError as error:
            if fallback:
                return self.start_sharing(host, 0)
            text = tr("Sharing cannot listen on %1: %2").replace("%1", f"{host}:{port}")
            text = text.replace("%2", translated(os_reason(error)))
            if self.share_dialog is not None:
                self.share_dialog.show_error(text)
            self.window.status(text)
            return False
        self._use(session)
        session.attach(document)
        return True

    @staticmethod
    def _host(document: Document, host: str, port: int) -> CoeditSession:
        peer = HostPeer(document.journey, host, port)
        session = CoeditSession(peer)
        try:
            session.start()
        except OSError:
            peer.replica.close()
            raise
        return session

    def presentation_started(self) -> None:
        """The pairing code never reaches a projector: the dialog goes while presenting."""
        if self.share_dialog is not None:
            self.share_dialog.hide()

    # --------------------------------------------------------------- joiner
    def join(self) -> JoinDialog:
        """Ask for the host's link; the shared map opens in a window of its own."""
        if self.join_dialog is None:
            self.join_dialog = JoinDialog(self.window)
            self.join_dialog.join_requested.connect(self._connect)
            self.join_dialog.cancelled.connect(self._abandon_join)
        self.join_dialog.show()
        self.join_dialog.raise_()
        self.join_dialog.activateWindow()
        return self.join_dialog

    def _connect(self, invitation: Invitation) -> None:
        self._abandon_join()
        session = CoeditSession(JoinPeer(invitation))
        session.changed.connect(self._join_progress)
        self._joining = session
        session.start()
        self._join_timer.start(JOIN_TIMEOUT_MS)

    def _join_progress(self) -> None:
        session, dialog = self._joining, self.join_dialog
        if session is None:
            return
        if session.state is State.REFUSED:
            self._abandon_join()
            if dialog is not None:
                dialog.fail(refusal_text(session.refusal))
        elif session.state in (State.ONLINE, State.OFFLINE):  # the map has arrived
            self._join_timer.stop()
            session.changed.disconnect(self._join_progress)
            self._joining = None
            if dialog is not None:
                dialog.accept()
            open_joined(self.window, session)

    def _join_timed_out(self) -> None:
        session, dialog = self._joining, self.join_dialog
        if session is None:
            return
        assert isinstance(session.peer, JoinPeer)
        if session.peer.link.connected.is_set():  # connected, a big map still arriving
            self._join_timer.start(JOIN_TIMEOUT_MS)
            return
        host, port = session.listening
        self._abandon_join()
        if dialog is not None:
            dialog.fail(tr("No answer from %1. Check the address, and that the host still "
                           "shares the map on this network.").replace("%1", f"{host}:{port}"))

    def _abandon_join(self) -> None:
        self._join_timer.stop()
        session, self._joining = self._joining, None
        if session is not None:
            session.stop()
            session.deleteLater()

    def adopt(self, session: CoeditSession) -> None:
        """Edit the joined map of ``session`` in this window (its document shows that map)."""
        self._use(session)
        host, port = session.listening
        self.window.document.shared_from = f"{host}:{port}"
        session.attach(self.window.document)
        self.window.update_title()

    # --------------------------------------------------------------- common
    def _use(self, session: CoeditSession) -> None:
        session.setParent(self)
        self.session = session
        session.changed.connect(self._changed)
        session.remote_change.connect(self.window.update_title)
        self._changed()

    def follow(self) -> None:
        """Another map in the window (New, Open, Close): sharing it ends."""
        if self.session is not None and self.session.document is not self.window.document:
            host = self.session.is_host
            self.stop()
            self.window.status(tr("Sharing ended: another map is open in this window.") if host
                               else tr("You left the shared map."))  # fmt: skip

    def stop(self) -> None:
        """Stop sharing, or leave the shared map (which stays open here as a local map)."""
        session, self.session = self.session, None
        if session is None:
            return
        session.changed.disconnect(self._changed)
        session.stop()
        session.deleteLater()
        if shiboken6.isValid(self.window):
            if not session.is_host:
                self.window.document.shared_from = ""
                self.window.update_title()
            self._changed()

    def _quit(self) -> None:
        self.stop()
        self._abandon_join()

    def _changed(self) -> None:
        session = self.session
        self.share_action.setEnabled(session is None or session.is_host)
        if self.share_dialog is not None:
            self.share_dialog.show_session(session)
        if session is None:
            self.badge.hide()
            return
        self.badge.setText(self._badge_text(session))
        self.badge.show()
        if session.reconnected:
            session.reconnected = False
            self.window.status(tr("Back in touch with the host: changes merged."))
        if session.state is State.REFUSED:
            tell = QMessageBox.information if session.refusal == ENDED else QMessageBox.warning
            tell(
                self.window,
                tr("Co-editing"),
                refusal_text(session.refusal)
                + "\n\n"
                + tr("The map stays open here as a local copy: use Save As to keep it."),
            )
            self.stop()

    @staticmethod
    def _badge_text(session: CoeditSession) -> str:
        host, port = session.listening
        where = f"{host}:{port}"
        if session.is_host:
            return tr("Shared · %n co-editor(s)", n=session.co_editors)
        if session.state is State.OFFLINE:
            return tr("Connection to %1 lost: keep editing, your changes merge when it "
                      "is back").replace("%1", where)  # fmt: skip
        if session.state is State.CONNECTING:
            return tr("Connecting to %1…").replace("%1", where)
        return tr("Co-editing with %1").replace("%1", where)


def open_joined(source: DocumentHost, session: CoeditSession) -> MainWindow:
    """A new editor window on the map ``session`` has joined (the source window stays)."""
    from ..ui.history_actions import install_history
    from . import install_workshop

    document = Document(session.peer.journey)
    window = MainWindow(
        document,
        source.settings_store,
        RecoverySlot(source.autosaver.slot.directory),
        map_language=source.map_language,
        autosave_ms=source.autosaver.timer.interval(),
        remembers_layout=False,  # the editor's own window keeps its place and docks
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    workshop = install_workshop(window)
    install_history(window, window.menus)
    workshop.coedit.adopt(session)
    _WINDOWS.add(window)
    window.destroyed.connect(lambda _obj=None, w=window: _WINDOWS.discard(w))
    window.resize(source.size())
    window.move(source.pos() + QPoint(40, 40))
    window.show()
    window.raise_()
    window.activateWindow()
    return window
