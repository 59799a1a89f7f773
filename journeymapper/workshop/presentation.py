"""Presentation mode (F5): the map on the projector, read-only, walked stage by stage."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QEvent, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QTransform, QUndoStack
from PySide6.QtWidgets import QGraphicsView, QGridLayout, QLabel, QVBoxLayout, QWidget

from ..layout import Rect
from ..model import JourneyMap
from ..scene import MapScene, MapView
from .ranking_overlay import RankingOverlay
from .room_qr import QrCode, spaced_code
from .shots import Shot, walk
from .text import tr
from .timer_state import TimerState
from .timer_widgets import TimerController, TimerDisplay
from .vote_canvas import VoteBadges

ANIMATION_MS = 650
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class PresentationView(MapView):
    """A MapView that never edits: no mouse interaction, keys walk the shots instead."""

    key_pressed = Signal(QKeyEvent)
    resized = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setInteractive(False)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.pin_labels = True
        scene.layout_changed.connect(self._free_rect)
        self._free_rect()

    def _free_rect(self) -> None:
        """Let any point of the map be centred: the view's rect reaches well past the map."""
        rect = self.map_scene.sceneRect()
        pad = max(rect.width(), rect.height(), 1000.0)
        self.setSceneRect(rect.adjusted(-pad, -pad, pad, pad))

    def show_rect(self, rect: QRectF) -> None:
        """Scale and scroll so ``rect`` fills the viewport, centred."""
        port = self.viewport().rect()
        if rect.isEmpty() or port.isEmpty():
            return
        zoom = min(port.width() / rect.width(), port.height() / rect.height())
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.centerOn(rect.center())
        self.pin()

    def pin(self) -> None:
        """Headers stay on top while paging down; lane labels stay at the left edge if wanted."""
        visible = self.visible_rect()
        if not self.pin_labels:
            visible.setLeft(self.map_scene.sceneRect().left())
        self.map_scene.pin_to(visible)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.key_pressed.emit(event)
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        event.accept()

    def event(self, event: QEvent) -> bool:
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        key = event.key() if isinstance(event, QKeyEvent) else None
        if event.type() == QEvent.Type.KeyPress and key in tab:
            assert isinstance(event, QKeyEvent)
            self.key_pressed.emit(event)
            return True
        return QGraphicsView.event(self, event)

    def wheelEvent(self, event: object) -> None:  # noqa: N802
        return  # the presenter moves with the keys only


class PresentationWindow(QWidget):
    """Full screen, projector theme, an optional saved view; arrows walk, Esc leaves."""

    closed = Signal()
    shot_changed = Signal(int)

    def __init__(
        self,
        journey: JourneyMap,
        view_id: str | None = None,
        timer: TimerController | None = None,
        animate: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("%1 — presentation").replace("%1", journey.title))
        self.setStyleSheet("background:#ffffff;")
        self.journey = journey
        self.animate = animate
        self._stack = QUndoStack(self)  # never used: nothing is edited here
        self.scene = MapScene(journey, self._stack, theme="projector")
        self.scene.set_view_filter(view_id)
        self.badges = VoteBadges(self.scene)
        self.view = PresentationView(self.scene, self)
        self.caption = QLabel(self)
        self.caption.setObjectName("presentation_caption")
        self.caption.setStyleSheet(
            "QLabel#presentation_caption { background:#000000; color:#ffffff;"
            " font-size:22pt; font-weight:bold; padding:6px 16px; }"
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.view, 0, 0)
        grid.addWidget(
            self.caption, 0, 0, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight
        )
        self.ranking = RankingOverlay(journey, self)
        grid.addWidget(self.ranking, 0, 1)  # beside the map, never over it
        self.timer_display: TimerDisplay | None = None
        if timer is not None:
            self.timer_display = TimerDisplay(timer, 48, self)
            grid.addWidget(
                self.timer_display, 0, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
            )
            timer.changed.connect(self._timer_visibility)
            self._timer_visibility()
        self.room_badge: QWidget | None = None
        self._grid = grid
        self.shots: list[Shot] = []
        self.index = 0
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(ANIMATION_MS)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._animated)
        self.view.key_pressed.connect(self._key)
        self.scene.layout_changed.connect(self._relayout)
        self.view.resized.connect(self._relayout)

    # ------------------------------------------------------------- shots
    def _compute(self) -> None:
        port = self.view.viewport().size()
        body = self.scene.theme.card_body_size
        self.shots = walk(self.scene.layout, port.width(), port.height(), body)
        self.index = min(self.index, max(0, len(self.shots) - 1))

    def _relayout(self) -> None:
        self._compute()
        self.settle()

    def current(self) -> Shot | None:
        return self.shots[self.index] if self.shots else None

    def go(self, index: int, animate: bool | None = None) -> None:
        """Move to shot ``index`` (clamped), zooming smoothly unless ``animate`` is False."""
        if not self.shots:
            self._compute()
        if not self.shots:
            return
        self.index = max(0, min(index, len(self.shots) - 1))
        target = _qrect(self.shots[self.index].rect)
        self.view.pin_labels = self.shots[self.index].labels
        self._caption()
        self.shot_changed.emit(self.index)
        if not (self.animate if animate is None else animate) or not self.isVisible():
            self._animation.stop()
            self.view.show_rect(target)
            return
        self._animation.stop()
        self._animation.setStartValue(self.view.visible_rect())
        self._animation.setEndValue(target)
        self._animation.start()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def settle(self) -> None:
        """End a running zoom at its target at once."""
        self._animation.stop()
        shot = self.current()
        if shot is not None:
            self.view.show_rect(_qrect(shot.rect))

    def animating(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def _animated(self, value: object) -> None:
        if isinstance(value, QRectF):
            self.view.show_rect(value)

    def _caption(self) -> None:
        shot = self.current()
        if shot is None or shot.stage_id is None or self.journey.kind_of(shot.stage_id) is None:
            self.caption.setText(self.journey.title)
            return
        ids = self.scene.layout.stage_ids
        number = ids.index(shot.stage_id) + 1 if shot.stage_id in ids else 0
        text = f"{number}/{len(ids)} · {self.journey.stage(shot.stage_id).name}"
        if shot.pages > 1:
            text += f" ({shot.page + 1}/{shot.pages})"
        self.caption.setText(text)

    def show_room(self, url: str, code: str) -> None:
        """A corner with the join QR code and short code while the room is open (Q hides it)."""
        badge = QWidget(self)
        badge.setObjectName("presentation_room")
        badge.setStyleSheet(
            "QWidget#presentation_room { background:#ffffff; border:2px solid #000; }"
            " QLabel { color:#000; font-size:20pt; font-weight:bold; }"
        )
        qr = QrCode(badge)
        qr.set_url(url)
        qr.setFixedSize(180, 180)
        label = QLabel(spaced_code(code), badge)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QVBoxLayout(badge)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(qr)
        box.addWidget(label)
        self._grid.addWidget(badge, 0, 0, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
        self.room_badge = badge

    def _timer_visibility(self) -> None:
        if self.timer_display is not None:
            idle = self.timer_display.controller.timer.state is TimerState.IDLE
            self.timer_display.setVisible(not idle)

    # ------------------------------------------------------------- events
    def _key(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS or key == Qt.Key.Key_Tab:
            self.next()
        elif key in PREVIOUS_KEYS or key == Qt.Key.Key_Backtab:
            self.previous()
        elif key == Qt.Key.Key_R:
            self.ranking.toggle()
        elif key == Qt.Key.Key_Q and self.room_badge is not None:
            self.room_badge.setVisible(not self.room_badge.isVisible())
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.shots) - 1)

    def start(self, full_screen: bool = True) -> None:
        """Show the window (full screen on the projector) with the whole map."""
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self.view.setFocus()
        self._compute()
        self.go(0, animate=False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.ranking.setFixedWidth(max(300, self.width() * 2 // 5))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._animation.stop()
        self.ranking.detach()
        self.scene.close()
        self.closed.emit()
        super().closeEvent(event)
