"""The Workshop: the menu, docks and canvas hooks of workshop mode, following the open document."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu, QTabBar, QWidget

from ..io.history import SnapshotKind
from ..model import Event, MapAttributeChanged
from ..ui.document import Document
from ..ui.history_actions import HistoryActions
from ..ui.host import DocumentHost
from .coedit_control import CoeditControl
from .icons import present_icon
from .insights_dock import InsightsPanel
from .lock import LockControl
from .presentation import PresentationWindow
from .quick_capture import QuickCapturePanel
from .room_link import RoomLink
from .room_panel import RoomPanel
from .session import WorkshopSession
from .text import tr
from .timer_state import TimerState
from .timer_widgets import FrameFlash, TimerController, TimerPanel
from .views_dock import ViewsPanel
from .vote_canvas import VoteBadges, VoteClicker
from .voting_dock import VotingPanel


class Workshop(QObject):
    """Everything workshop mode adds to a main window; rebinds when New/Open replace the map."""

    def __init__(self, window: DocumentHost) -> None:
        super().__init__(window)
        self.window = window
        self.full_screen = True
        self.document: Document | None = None
        self.clicker: VoteClicker | None = None
        self.badges: VoteBadges | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.presentation: PresentationWindow | None = None
        self.timer = TimerController(parent=self)
        self.lock = LockControl(window)
        self.voting = VotingPanel()
        self.views = ViewsPanel()
        self.insights = InsightsPanel()
        self.capture = QuickCapturePanel()
        self.room = RoomLink(self)
        self.room_panel = RoomPanel(self.room)
        self.timer_panel = TimerPanel(self.timer)
        self.voting_dock = self._dock("workshop_voting", tr("Voting"), self.voting)
        self.views_dock = self._dock("workshop_views", tr("Saved Views"), self.views)
        self.insights_dock = self._dock("workshop_insights", tr("Insights"), self.insights)
        self.capture_dock = self._dock("workshop_capture", tr("Quick Capture"), self.capture)
        self.timer_dock = self._dock("workshop_timer", tr("Timer"), self.timer_panel)
        self.room_dock = self._dock("workshop_room", tr("Room"), self.room_panel)
        self.coedit = CoeditControl(self)
        self._tabify()
        self._actions()
        self._menu()
        self._timer_state = self.timer.timer.state
        self.timer.changed.connect(self._timer_changed)
        self.timer.finished.connect(self.time_is_up)
        self.insights.item_chosen.connect(self.show_item)
        self.voting.item_chosen.connect(self.show_item)
        self.capture.card_added.connect(self.show_item)
        self.capture.ended.connect(self.end_capture)
        self.session = WorkshopSession(self._running, self._snapshot, self)
        self.room.changed.connect(self.session.update)
        window.document_replaced.connect(self.follow)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.room.close)
        self.follow()

    # ----------------------------------------------------------------- build
    def _dock(self, name: str, title: str, panel: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(panel)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        return dock

    def _tabify(self) -> None:
        """The workshop panels share the Personas panel's place as tabs: opening several
        never squeezes the Inspector (which keeps the top of the dock area)."""
        personas = getattr(self.window, "personas", None)
        if personas is None:
            return
        for dock in (
            self.timer_dock,
            self.voting_dock,
            self.insights_dock,
            self.views_dock,
            self.capture_dock,
            self.room_dock,
        ):
            self.window.tabifyDockWidget(personas, dock)
            dock.hide()
            dock.visibilityChanged.connect(lambda _shown: self._readable_tabs())

    def show_panel(self, dock: QDockWidget) -> None:
        """Bring a workshop panel to the front when it is used (a vote, the timer …)."""
        dock.show()
        dock.raise_()

    def _readable_tabs(self) -> None:
        """Tabs of stacked panels keep their whole names and scroll rather than elide."""
        for bar in self.window.findChildren(QTabBar):
            if bar.parent() is self.window:
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)

    def _timer_changed(self) -> None:
        state = self.timer.timer.state
        if state is TimerState.RUNNING and self._timer_state is not TimerState.RUNNING:
            self.show_panel(self.timer_dock)
        self._timer_state = state

    def time_is_up(self) -> None:
        """A countdown ran out: the timer panel comes forward and flashes, so do the canvas
        and the presentation if it is open; the status bar says so (sound is optional)."""
        self.show_panel(self.timer_dock)
        FrameFlash(self.window.view.viewport())
        if self.presentation is not None:
            FrameFlash(self.presentation)
        self.window.status(tr("Time is up"))
        QApplication.alert(self.window)

    def _actions(self) -> None:
        self.present = self.window.add_action(tr("&Present"), self.start_presentation, "F5")
        self.present.setIcon(present_icon())
        self.start_vote = self.window.add_action(tr("Start &Voting…"), self.voting.start_round)
        self.reveal = self.window.add_action(tr("&Reveal Votes"), self.voting.reveal)
        self.end_vote = self.window.add_action(tr("&End Voting Round"), self.voting.end_round)
        self.clear_vote = self.window.add_action(tr("&Clear Voting Round"), self.voting.clear_round)
        self.next_voter = self.window.add_action(
            tr("&Next Participant"), lambda: self.voting.step(1), "Alt+Right"
        )
        self.previous_voter = self.window.add_action(
            tr("Prev&ious Participant"), lambda: self.voting.step(-1), "Alt+Left"
        )
        self.voter_keys = [
            self.window.add_action(
                tr("Participant %1").replace("%1", str(n)),
                functools.partial(self.voting.choose, n - 1),
                f"Alt+{n}",
            )
            for n in range(1, 10)
        ]
        self.quick_capture = self.window.add_action(
            tr("&Quick Capture"), self.start_capture, "Ctrl+K"
        )
        self.timer_toggle = self.window.add_action(
            tr("Start/Pa&use Timer"), self.timer.toggle, "Ctrl+T"
        )
        self.timer_plus = self.window.add_action(tr("&Add a Minute"), self.timer.add_minute)
        self.room_open = self.window.add_action(tr("&Open or Close Room"), self.toggle_room)
        self.room_qr = self.window.add_action(tr("Show &QR Code"), self.room_panel.show_projector)

    def _menu(self) -> None:
        menu = QMenu(tr("&Workshop"), self.window)
        menu.addAction(self.present)
        menu.addAction(self.lock.action)
        menu.addSeparator()
        menu.addActions([self.start_vote, self.reveal, self.end_vote, self.clear_vote])
        menu.addActions([self.next_voter, self.previous_voter])
        menu.addSeparator()
        menu.addActions([self.timer_toggle, self.timer_plus, self.quick_capture])
        menu.addSeparator()
        room_menu = menu.addMenu(tr("Roo&m"))
        room_menu.addAction(self.room_dock.toggleViewAction())
        room_menu.addActions([self.room_open, self.room_qr])
        self.room_menu = room_menu
        menu.addActions([self.coedit.share_action, self.coedit.join_action])
        menu.addSeparator()
        for dock in (self.timer_dock, self.voting_dock, self.insights_dock, self.views_dock):
            menu.addAction(dock.toggleViewAction())  # Quick Capture is the action above
        self.menu = menu
        bar = self.window.menuBar()
        help_menu = getattr(getattr(self.window, "menus", None), "help_menu", None)
        if help_menu is not None:
            bar.insertMenu(help_menu.menuAction(), menu)
        else:
            bar.addMenu(menu)
        toolbar = getattr(getattr(self.window, "menus", None), "toolbar", None)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.lock.action)
            toolbar.addAction(self.present)
        self.voting_dock.visibilityChanged.connect(lambda _v: self._update_actions())
        self.room.changed.connect(self._update_actions)
        self._update_actions()

    # ------------------------------------------------------------ documents
    def follow(self) -> None:
        """Bind panels and canvas hooks to the window's current document (after New/Open)."""
        document = self.window.document
        if document is self.document:
            return
        if self.clicker is not None:
            self.clicker.detach()
        if self.badges is not None:
            self.badges.detach()
        if self.presentation is not None:
            self.presentation.close()
        self.document = document
        context = self.window.context
        scene = document.scene
        self.clicker = VoteClicker(
            scene, self.voting.participant, self.window.status, document.note_change
        )
        self.badges = VoteBadges(scene)
        for panel in (self.lock, self.voting, self.views, self.insights, self.capture):
            panel.set_context(context)
        self.room.set_context(context)
        if self._unsubscribe is not None:
            self._unsubscribe()  # the old map no longer reaches the workshop
        self._unsubscribe = document.journey.subscribe(self._on_event)
        self.coedit.follow()
        self._update_actions()
        self.session.reset()

    def _running(self) -> bool:
        """A workshop runs while the map is presented, its room is open or a round is active."""
        vote = self.document.journey.voting if self.document is not None else None
        active_vote = vote is not None and vote.active
        return self.presentation is not None or self.room.is_open or active_vote

    def _snapshot(self, kind: SnapshotKind) -> None:
        history = self.window.findChild(HistoryActions)  # None until the history is installed
        if history is not None and self.window.document is self.document:
            history.take(kind)

    def _on_event(self, event: Event) -> None:
        started = (
            isinstance(event, MapAttributeChanged)
            and event.name == "voting"
            and event.new is not None
            and event.new.active
            and (event.old is None or not event.old.active)
        )
        if started:
            self.show_panel(self.voting_dock)  # a round started: its panel shows itself
        self._update_actions()
        self.session.update()

    def _update_actions(self) -> None:
        vote = self.document.journey.voting if self.document is not None else None
        self.reveal.setEnabled(vote is not None and vote.hidden)
        self.end_vote.setEnabled(vote is not None and vote.active)
        self.clear_vote.setEnabled(vote is not None)
        self.room_qr.setEnabled(self.room.is_open)

    # -------------------------------------------------------------- actions
    def show_item(self, entity_id: str) -> None:
        """Select an item on the editor's canvas and scroll it into the middle."""
        if self.document is None:
            return
        scene = self.document.scene
        scene.select_ids([entity_id])
        item = scene.mirror.cards.get(entity_id) or scene.mirror.notes.get(entity_id)
        if item is not None:
            self.window.view.centerOn(item)

    def start_presentation(self) -> PresentationWindow | None:
        if self.document is None:
            return None
        if self.presentation is not None:
            self.presentation.close()
        self.coedit.presentation_started()
        view_id = self.document.scene.view_id
        window = PresentationWindow(self.document.journey, view_id, self.timer)
        window.closed.connect(self._presentation_closed)
        server = self.room.server
        if server is not None:
            window.show_room(server.url, server.code)
            window.page_changed.connect(self._presenting)
        self.presentation = window
        self.session.update()
        window.start(self.full_screen)
        return window

    def _presenting(self, _index: int) -> None:
        stage_id = self.presentation.presented_stage() if self.presentation is not None else None
        self.room.configure(presenting=stage_id)

    def toggle_room(self) -> None:
        """Open the room (with the panel's address) or close it."""
        self.room_dock.show()
        self.room_dock.raise_()
        self.room_panel.toggle_open()

    def _presentation_closed(self) -> None:
        if self.room.is_open:
            self.room.configure(presenting=None)
        self.presentation = None
        self.session.update()
        self.window.activateWindow()
        self.window.view.setFocus()

    def start_capture(self) -> None:
        self.capture_dock.show()
        self.capture_dock.raise_()
        self.capture.begin()

    def end_capture(self) -> None:
        self.capture_dock.hide()
        self.window.view.setFocus()
