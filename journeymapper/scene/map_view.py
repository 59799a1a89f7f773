"""MapView: zoom (Ctrl+wheel, keys, fit), pan (scroll, space+drag, middle button), pinning."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmapCache,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from .actions import next_stage
from .map_scene import MapScene
from .zoom_preview import ZoomPreview

MIN_ZOOM, MAX_ZOOM, STEP = 0.05, 8.0, 1.25
# Cards are cached as device pixmaps; room for a few screens of them (Qt's default is 10 MB).
PIXMAP_CACHE_KB = 96 * 1024
# Flat scroll bars in the desktop palette's colours. Fusion paints a gradient groove, which on a
# tall bar costs several milliseconds of every scrolling frame; flat fills cost almost nothing.
SCROLL_BAR_STYLE = """
QScrollBar { background: palette(base); border: none; margin: 0; }
QScrollBar:vertical { width: 12px; }
QScrollBar:horizontal { height: 12px; }
QScrollBar::handle { background: palette(mid); border-radius: 4px; }
QScrollBar::handle:vertical { min-height: 32px; margin: 2px; }
QScrollBar::handle:horizontal { min-width: 32px; margin: 2px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: palette(dark); }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


class MapView(QGraphicsView):
    """A view of one MapScene; stage headers and lane labels stay visible while scrolling."""

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB))
        # The scene paints every pixel (its background brush first): no clearing beforehand.
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.setStyleSheet(SCROLL_BAR_STYLE)
        self._space = False
        self._shown = False
        self._pan_from: QPoint | None = None
        self.preview = ZoomPreview(self, scene.pinned_items)
        scene.layout_changed.connect(self.pin)
        scene.layout_changed.connect(self.preview.settle)

    # ------------------------------------------------------------------ zoom
    def zoom(self) -> float:
        return float(self.transform().m11())

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor``; the scene point at viewport point ``anchor`` stays put
        (by default the one under the mouse)."""
        factor = min(MAX_ZOOM, max(self.min_zoom(), factor))
        if anchor is None:
            self.scale(factor / self.zoom(), factor / self.zoom())
        else:
            fixed = self.viewportTransform().inverted()[0].map(anchor)
            previous = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            self.scale(factor / self.zoom(), factor / self.zoom())
            self.setTransformationAnchor(previous)
            drift = self.viewportTransform().map(fixed) - anchor
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() + round(drift.x()))
            v.setValue(v.value() + round(drift.y()))
        self.pin()

    def min_zoom(self) -> float:
        """The farthest zoom: MIN_ZOOM, or less when that is what shows the whole map."""
        rect = self.map_scene.sceneRect().adjusted(-10, -10, 10, 10)
        port = self.viewport().rect()
        if rect.isEmpty() or port.isEmpty():
            return MIN_ZOOM
        fit = min(port.width() / rect.width(), port.height() / rect.height())
        return min(MIN_ZOOM, fit)

    def zoom_by(self, steps: float, anchor: QPointF | None = None) -> None:
        """Zoom by ``steps`` wheel notches (negative: out) around viewport point ``anchor``,
        as the wheel and the zoom keys do: a run of steps is one previewed gesture."""
        self.preview.begin()
        self.set_zoom(self.zoom() * STEP**steps, anchor)
        self.preview.stepped()

    def zoom_in(self) -> None:
        self.zoom_by(1)

    def zoom_out(self) -> None:
        self.zoom_by(-1)

    def reset_zoom(self) -> None:
        self.preview.settle()
        self.set_zoom(1.0)

    def fit_rect(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        self.preview.settle()
        self.fitInView(rect.adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio)
        self.set_zoom(min(self.zoom(), MAX_ZOOM))

    def fit_map(self) -> None:
        self.fit_rect(self.map_scene.sceneRect())

    def fit_selection(self) -> None:
        rect = QRectF()
        for item in self.map_scene.selectedItems():
            rect = rect.united(item.sceneBoundingRect())
        if rect.isEmpty():
            self.fit_map()
        else:
            self.fit_rect(rect)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(event.angleDelta().y() / 120, event.position())
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------- pan
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        key = event.key()
        if ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus):
            self.zoom_in()
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif ctrl and key == Qt.Key.Key_0:
            self.reset_zoom()
        elif key == Qt.Key.Key_Space and self.map_scene.editor is None:
            if not event.isAutoRepeat():
                self._space = True
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tab and Shift+Tab move between stages while a card is selected (not between widgets)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            if tab and self.map_scene.editor is None and self.map_scene.wants_tab():
                next_stage(self.map_scene, event.key() == Qt.Key.Key_Tab)
                return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002
        if self.map_scene.wants_tab():
            return False
        return super().focusNextPrevChild(next)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.preview.settle()
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - delta.x())
            v.setValue(v.value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ------------------------------------------------------------- pinning
    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def pin(self) -> None:
        if self.scene() is None:
            return  # the scene is going away (it detaches its views while it is destroyed)
        self.map_scene.pin_to(self.visible_rect())

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        self.pin()
        self._repaint_pinned_copies(dx, dy)

    def _repaint_pinned_copies(self, dx: int, dy: int) -> None:
        """Scrolling blits the viewport, pinned lane labels and stage headers included: the
        blitted copy of the label column (or header row) is repainted at once, so no stale
        copy of it is left in the middle of the canvas."""
        layout = self.map_scene.layout
        zoom = self.zoom()
        port = self.viewport().rect()
        if dx:
            width = int(layout.label_column.right * zoom) + 2
            self.viewport().update(QRect(dx - 1, 0, width + 2, port.height()))
        if dy:
            height = int(layout.header_rect.bottom * zoom) + 2
            self.viewport().update(QRect(0, dy - 1, port.width(), height + 2))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.preview.settle()  # a hidden view keeps no frame (nor a pixmap past the app)
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.pin()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.preview.paint(event):
            super().paintEvent(event)
