"""Presentation mode (F5): the projector deck's slides on screen, read-only, walked by keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..export.slides import screen_spec
from ..layout import Rect
from ..layout.slides import SlidePage, SlideSpec, deck_pages
from ..model import Event, JourneyMap
from ..render.slide_render import paint_page
from ..scene.qt_painter import QtPainter
from .ranking_overlay import RankingOverlay
from .room_qr import QrCode, spaced_code
from .text import tr
from .timer_state import TimerState
from .timer_widgets import TimerController, TimerDisplay

NEXT_KEYS = (
    Qt.Key.Key_Right,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Space,
    Qt.Key.Key_Tab,
    Qt.Key.Key_N,
)
PREVIOUS_KEYS = (
    Qt.Key.Key_Left,
    Qt.Key.Key_Up,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_P,
)
BLANK_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period)  # clickers send "." or B for a black screen
LEAVE_KEYS = (Qt.Key.Key_Escape,)
NUMBER_MS = 1200  # digits typed within this time make one stage number
FOLLOW_MS = 250  # edits and votes in a burst relay the slides out once (a 1,000-card deck ~1 s)


class SlideCanvas(QWidget):
    """One slide page scaled uniformly to the widget, centred on black (letterboxed)."""

    key_pressed = Signal(QKeyEvent)
    clicked = Signal(bool)  # True: forward
    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_slide")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page: SlidePage | None = None
        self.page_size = (1.0, 1.0)
        self.blank = False

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1280, 720)  # a window (not full screen) opens at 720p

    def scale(self) -> float:
        """Device pixels per layout point."""
        w, h = self.page_size
        return min(self.width() / w, self.height() / h)

    def slide_rect(self) -> QRectF:
        """Where the page lands in the widget."""
        w, h = self.page_size
        s = self.scale()
        return QRectF((self.width() - w * s) / 2, (self.height() - h * s) / 2, w * s, h * s)

    def to_widget(self, rect: Rect) -> QRect:
        """A rectangle of the page in widget pixels."""
        s, origin = self.scale(), self.slide_rect().topLeft()
        return QRectF(
            origin.x() + rect.x * s, origin.y() + rect.y * s, rect.w * s, rect.h * s
        ).toRect()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)  # curves on the projector
        painter.fillRect(self.rect(), QColor("#000000"))
        if self.page is not None and not self.blank:
            target = self.slide_rect()
            painter.translate(target.topLeft())
            painter.scale(self.scale(), self.scale())
            paint_page(QtPainter(painter), self.page)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.key_pressed.emit(event)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A click moves on, a right click back, as in other presentation programs."""
        self.clicked.emit(event.button() != Qt.MouseButton.RightButton)
        event.accept()

    def event(self, event: QEvent) -> bool:
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        pressed = event.type() == QEvent.Type.KeyPress
        if pressed and isinstance(event, QKeyEvent) and event.key() in tab:  # not a focus move
            self.key_pressed.emit(event)
            return True
        return super().event(event)


class PresentationWindow(QWidget):
    """Full screen, the projector slides of the map (or a saved view); keys walk, Esc leaves.

    The pages are ``layout.slides`` laid out for the screen's proportions, the same as
    ``export --layout slides --theme projector``; the timer stands in the place the slides
    keep free for it; the vote ranking and, while a room is open, its join code stand beside
    the slides (which are laid out again narrower).
    """

    closed = Signal()
    page_changed = Signal(int)

    def __init__(
        self,
        journey: JourneyMap,
        view_id: str | None = None,
        timer: TimerController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("%1 — presentation").replace("%1", journey.title))
        self.setStyleSheet("background:#000000;")
        self.journey = journey
        self.view_id = view_id
        self.canvas = SlideCanvas(self)
        self.ranking = RankingOverlay(journey, self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.canvas, 1)
        row.addWidget(self.ranking)  # beside the slides, never over them
        self._row = row
        self.room_badge: QWidget | None = None
        self.timer_display: TimerDisplay | None = None
        self.timer_wanted: bool | None = None  # None: shown while the timer is not idle
        if timer is not None:
            self.timer_display = TimerDisplay(timer, 40, self.canvas)
            timer.changed.connect(self._place_timer)
        self.spec: SlideSpec | None = None
        self.pages: list[SlidePage] = []
        self.index = 0
        self._typed = ""
        self._number_timer = QTimer(self)
        self._number_timer.setSingleShot(True)
        self._number_timer.setInterval(NUMBER_MS)
        self._number_timer.timeout.connect(self._commit_number)
        self._relayout_soon = QTimer(self)
        self._relayout_soon.setSingleShot(True)
        self._relayout_soon.setInterval(FOLLOW_MS)
        self._relayout_soon.timeout.connect(self.relayout)
        self._unsubscribe: Callable[[], None] = journey.subscribe(self._on_event)
        self.canvas.key_pressed.connect(self._key)
        self.canvas.clicked.connect(lambda forward: self.next() if forward else self.previous())
        self.canvas.resized.connect(self.relayout)

    # ------------------------------------------------------------- pages
    def relayout(self) -> None:
        """Lay the slides out again for the canvas's size, staying on the same slide."""
        size = self.canvas.size()
        if size.isEmpty():
            return
        here = self._identity(self.current())
        self.spec = screen_spec(self.journey, self.view_id, size.width(), size.height())
        self.pages = deck_pages(self.journey, self.spec)
        self.canvas.page_size = self.spec.page
        found = [i for i, page in enumerate(self.pages) if self._identity(page) == here]
        self.index = found[0] if found else min(self.index, len(self.pages) - 1)
        self._show()

    @staticmethod
    def _identity(page: SlidePage | None) -> tuple[object, ...] | None:
        if page is None:
            return None
        return (page.kind, page.stage_ids, page.persona_id, page.continued)

    def current(self) -> SlidePage | None:
        return self.pages[self.index] if 0 <= self.index < len(self.pages) else None

    def go(self, index: int) -> None:
        """Show page ``index`` (clamped); the blank screen ends."""
        if not self.pages:
            self.relayout()
        if not self.pages:
            return
        self.index = max(0, min(index, len(self.pages) - 1))
        self.canvas.blank = False
        self._show()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def go_to_stage(self, number: int) -> bool:
        """The first slide of stage ``number`` (1-based, as on the overview); 0 is the overview."""
        if number == 0:
            wanted = [i for i, p in enumerate(self.pages) if p.kind == "overview"]
        else:
            stages = [p.stage_ids[0] for p in self.pages if p.kind == "stage" and not p.continued]
            if not 1 <= number <= len(stages):
                return False
            wanted = [
                i
                for i, p in enumerate(self.pages)
                if p.kind == "stage" and p.stage_ids == (stages[number - 1],)
            ]
        if not wanted:
            return False
        self.go(wanted[0])
        return True

    def _show(self) -> None:
        self.canvas.page = self.current()
        self._place_timer()
        self.canvas.update()
        self.page_changed.emit(self.index)

    def toggle_blank(self) -> None:
        self.canvas.blank = not self.canvas.blank
        self._place_timer()
        self.canvas.update()

    # ------------------------------------------------------------- timer and ranking
    def timer_shown(self) -> bool:
        if self.timer_display is None:
            return False
        if self.timer_wanted is not None:
            return self.timer_wanted
        return self.timer_display.controller.timer.state is not TimerState.IDLE

    def toggle_timer(self) -> None:
        if self.timer_display is not None:
            self.timer_wanted = not self.timer_shown()
            self._place_timer()

    def _place_timer(self) -> None:
        """The timer fills the place the slides keep free for it, right of the title."""
        display = self.timer_display
        if display is None:
            return
        place = self.spec.timer_place if self.spec is not None else None
        if place is None or not self.timer_shown() or self.canvas.blank:
            display.hide()
            return
        box = self.canvas.to_widget(place)
        font = display.font()
        font.setPixelSize(max(8, int(box.height() * 0.62)))
        display.setFont(font)
        display.setGeometry(box)
        display.show()
        display.raise_()

    def toggle_ranking(self) -> None:
        """Show or hide the vote ranking; the slides make room (laid out again narrower)."""
        self.ranking.toggle()

    def show_room(self, url: str, code: str) -> None:
        """The join QR code and short code left of the slides while the room is open (Q hides
        it; the slides are laid out again for the width it leaves)."""
        badge = QWidget(self)
        badge.setObjectName("presentation_room")
        badge.setStyleSheet(
            "QWidget#presentation_room { background:#ffffff; border:2px solid #000; }"
            " QLabel { background:#ffffff; color:#000; font-size:20pt; font-weight:bold; }"
        )  # the window's black background must not reach the code's label
        qr = QrCode(badge)
        qr.set_url(url)
        qr.setFixedSize(180, 180)
        label = QLabel(spaced_code(code), badge)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(badge)
        box.setContentsMargins(8, 8, 8, 8)
        box.addStretch(1)
        box.addWidget(qr)
        box.addWidget(label)
        self._row.insertWidget(0, badge)
        self.room_badge = badge

    def toggle_room(self) -> None:
        if self.room_badge is not None:
            self.room_badge.setVisible(not self.room_badge.isVisible())

    def presented_stage(self) -> str | None:
        """The stage whose slide is on the screen (its continuation too), else None."""
        page = self.current()
        return page.stage_ids[0] if page is not None and page.kind == "stage" else None

    def _on_event(self, event: Event) -> None:
        self._relayout_soon.start()  # votes, texts, stages: the slides follow the map

    # ------------------------------------------------------------- keys
    def _key(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._digit(key - Qt.Key.Key_0)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._typed:
            self._commit_number()
            return
        self._typed = ""
        if key in LEAVE_KEYS:
            self.close()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key in BLANK_KEYS:
            self.toggle_blank()
        elif key == Qt.Key.Key_T:
            self.toggle_timer()
        elif key in (Qt.Key.Key_V, Qt.Key.Key_R):
            self.toggle_ranking()
        elif key == Qt.Key.Key_Q:
            self.toggle_room()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.pages) - 1)

    def _stage_count(self) -> int:
        return sum(1 for p in self.pages if p.kind == "stage" and not p.continued)

    def _digit(self, digit: int) -> None:
        """Digits choose a stage (0 the overview); a number no further digit could extend is
        taken at once, others after a pause or Enter."""
        self._typed += str(digit)
        if self._typed == "0" or int(self._typed) * 10 > self._stage_count():
            self._commit_number()
        else:
            self._number_timer.start()

    def _commit_number(self) -> None:
        self._number_timer.stop()
        typed, self._typed = self._typed, ""
        if typed:
            self.go_to_stage(int(typed))

    # ------------------------------------------------------------- window
    def start(self, full_screen: bool = True) -> None:
        """Show the window (full screen on the projector) at the first slide."""
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.canvas.setFocus()
        self.relayout()
        self.go(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.ranking.setFixedWidth(max(300, self.width() * 2 // 5))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._unsubscribe()
        self.ranking.detach()
        self.closed.emit()
        super().closeEvent(event)
