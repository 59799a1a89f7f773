"""Zoom gestures: the point under the wheel stays put; frames scale the last one, then settle."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from bench.gestures import ctrl_wheel
from journeymapper.commands import ChangeAttributes, push
from journeymapper.scene import MapView
from journeymapper.templates import build_template
from tests.scene_helpers import close_canvases, open_canvas  # noqa: F401


def _e_shop(qtbot):  # type: ignore[no-untyped-def]
    return open_canvas(qtbot, build_template("e-shop", "en"))


def test_ctrl_wheel_keeps_the_point_under_the_mouse(qtbot) -> None:
    _scene, view, _stack = _e_shop(qtbot)
    view.set_zoom(2.0)  # the map is taller than the view: it can scroll both ways
    pos = QPointF(700, 300)
    for notches, zoom in ((1, 2.5), (-1, 2.0)):
        before = view.mapToScene(pos.toPoint())
        ctrl_wheel(view, notches, pos)
        assert abs(view.zoom() - zoom) < 1e-9
        after = view.mapToScene(pos.toPoint())
        assert abs(after.x() - before.x()) <= 1.0 and abs(after.y() - before.y()) <= 1.0


def _frame(view: MapView) -> QImage:
    """What the viewport shows, shrunk so a few pixels of resampling blur do not count."""
    image = view.viewport().grab().toImage()
    return image.scaled(image.width() // 8, image.height() // 8)


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of the grey levels, 0..255."""
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            total += abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness())
    return total / (a.width() * a.height())


def test_a_zoom_gesture_previews_then_draws_sharp_when_it_settles(qtbot) -> None:
    _scene, view, _stack = _e_shop(qtbot)
    pos = QPointF(700, 420)
    ctrl_wheel(view, 1, pos)
    ctrl_wheel(view, 1, pos)
    assert view.preview.active()
    qtbot.waitUntil(lambda: not view.preview.active(), timeout=3000)
    assert abs(view.zoom() - 1.5625) < 1e-9


def test_the_preview_shows_the_map_where_the_sharp_frame_draws_it(qtbot) -> None:
    _scene, view, _stack = _e_shop(qtbot)
    pos = QPointF(700, 420)
    for notches in (1, -2):  # in: the old frame enlarged; out: shrunk, with a margin drawn
        old = _frame(view)
        ctrl_wheel(view, notches, pos)
        assert view.preview.active()
        preview = _frame(view)
        view.preview.settle()
        sharp = _frame(view)
        assert _difference(old, sharp) > 6.0  # the zoom visibly moved things ...
        assert _difference(preview, sharp) < 2.0  # ... and the preview already shows them there


def test_an_edit_or_a_click_ends_the_preview_at_once(qtbot) -> None:
    scene, view, stack = _e_shop(qtbot)
    pos = QPointF(700, 420)
    ctrl_wheel(view, 1, pos)
    assert view.preview.active()
    tp = scene.journey.touchpoints()[0]
    push(stack, ChangeAttributes(scene.journey, tp.id, {"name": "Renamed"}))
    assert not view.preview.active()
    ctrl_wheel(view, -1, pos)
    assert view.preview.active()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not view.preview.active()


def _ink_in_the_middle(image: QImage) -> int:
    """White-ish pixels along the middle rows of a header bar (its left edge left out)."""
    middle = image.height() // 2
    return sum(
        image.pixelColor(x, y).lightness() > 200
        for y in (middle - 1, middle)
        for x in range(3, image.width())
    )


def test_stage_names_stay_readable_when_zoomed_far_out(qtbot) -> None:
    """Zoomed out until the header text would be a blur, the stage name is still drawn at a
    small readable pixel size while the header bar is tall enough for it."""
    scene, view, _stack = _e_shop(qtbot)
    header = scene.mirror.headers[scene.journey.stages()[0].id]
    tall = header.sceneBoundingRect().height()
    seen = []
    for device_height in (8.4, 5.0):  # a bar 8 px high, then one 5 px high
        view.set_zoom(device_height / tall)
        view.viewport().repaint()
        rect = view.mapFromScene(header.sceneBoundingRect()).boundingRect()
        seen.append(_ink_in_the_middle(view.viewport().grab(rect).toImage()))
    assert seen[0] > 10  # white letters on the dark bar
    assert seen[1] == 0  # too low for any letters: the bar alone
