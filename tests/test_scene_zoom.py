"""Zoom gestures: Ctrl+wheel zooms a step per notch and keeps the point under the mouse put."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from journeymapper.scene import MapView
from journeymapper.templates import build_template
from tests.scene_helpers import close_canvases, open_canvas  # noqa: F401


def _wheel(view: MapView, notches: int, pos: QPointF) -> None:
    viewport = view.viewport()
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def _e_shop(qtbot):  # type: ignore[no-untyped-def]
    return open_canvas(qtbot, build_template("e-shop", "en"))


def test_ctrl_wheel_keeps_the_point_under_the_mouse(qtbot) -> None:
    _scene, view, _stack = _e_shop(qtbot)
    view.set_zoom(2.0)  # the map is taller than the view: it can scroll both ways
    pos = QPointF(700, 300)
    for notches, zoom in ((1, 2.5), (-1, 2.0)):
        before = view.mapToScene(pos.toPoint())
        _wheel(view, notches, pos)
        assert abs(view.zoom() - zoom) < 1e-9
        after = view.mapToScene(pos.toPoint())
        assert abs(after.x() - before.x()) <= 1.0 and abs(after.y() - before.y()) <= 1.0
