"""Canvas benchmark: open, drag frames, zoom/pan repaints, undo/redo on 1,000 and 10,000 cards."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent, QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.generate import make_map  # noqa: E402
from bench.gestures import ctrl_wheel  # noqa: E402
from bench.timing import table  # noqa: E402
from journeymapper.model import JourneyMap  # noqa: E402
from journeymapper.scene import MapScene, MapView  # noqa: E402

VIEW_SIZE = (1600, 1000)
FRAMES = 64
UNDO_ROUNDS = 10


def _app() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _frames(step: Callable[[int], None], view: MapView, count: int = FRAMES) -> list[float]:
    """Time ``step(i)`` plus a synchronous repaint of the whole viewport, ``count`` times."""
    app = _app()
    samples = []
    for i in range(count):
        start = time.perf_counter()
        step(i)
        view.viewport().repaint()
        samples.append(time.perf_counter() - start)
        app.processEvents()
    return samples


def _open(journey: JourneyMap) -> tuple[float, MapScene, MapView, QUndoStack]:
    """Build scene and view, show them and paint the first frame; seconds to that frame."""
    app = _app()
    start = time.perf_counter()
    stack = QUndoStack()
    scene = MapScene(journey, stack)
    view = MapView(scene)
    view.resize(*VIEW_SIZE)
    view.show()
    app.processEvents()
    view.viewport().repaint()
    return time.perf_counter() - start, scene, view, stack


def _mouse(view: MapView, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    viewport = view.viewport()
    event = QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def _drag(scene: MapScene, view: MapView) -> tuple[list[float], bool]:
    """Press on a visible card, move it across FRAMES mouse moves, release in the next column."""
    visible = view.visible_rect()
    card = next(
        item
        for item in scene.mirror.cards.values()
        if visible.contains(item.sceneBoundingRect()) and item.pos().x() > visible.left() + 300
    )
    start = view.mapFromScene(card.sceneBoundingRect().center())
    held = Qt.MouseButton.LeftButton
    _mouse(view, QEvent.Type.MouseButtonPress, start, held)
    step_x = max(1, round(card.size.width() * 1.5 / FRAMES))

    def move(i: int) -> None:
        _mouse(view, QEvent.Type.MouseMove, start + QPoint((i + 1) * step_x, i % 3), held)

    samples = _frames(move, view)
    before = scene.undo_stack.count()
    end = start + QPoint(FRAMES * step_x, 0)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    return samples, scene.undo_stack.count() == before + 1


def _undo_redo(scene: MapScene, view: MapView) -> tuple[list[float], list[float]]:
    stack = scene.undo_stack
    undo: list[float] = []
    redo: list[float] = []
    for _ in range(UNDO_ROUNDS):
        for action, samples in ((stack.undo, undo), (stack.redo, redo)):
            start = time.perf_counter()
            action()
            scene.sync()
            view.viewport().repaint()
            samples.append(time.perf_counter() - start)
            _app().processEvents()
    return undo, redo


# Ctrl+wheel notches in and out around the current zoom, ending where they started.
NOTCHES = (1, 1, -1, -1, -1, -1, 1, 1)
SETTLED_FRAMES = 24


def _zoom(view: MapView) -> list[float]:
    """Frames of one Ctrl+wheel gesture in and out around the middle of the view (previewed)."""
    samples = _frames(lambda i: ctrl_wheel(view, NOTCHES[i % len(NOTCHES)]), view)
    view.preview.settle()
    return samples


def _zoom_settled(view: MapView) -> list[float]:
    """The sharp frame drawn when a one-notch zoom gesture settles, at alternating zooms."""
    samples = []
    for i in range(SETTLED_FRAMES):
        ctrl_wheel(view, NOTCHES[i % len(NOTCHES)])
        view.viewport().repaint()
        _app().processEvents()
        start = time.perf_counter()
        view.preview.settle()
        view.viewport().repaint()
        samples.append(time.perf_counter() - start)
        _app().processEvents()
    return samples


def _pan(view: MapView) -> list[float]:
    bar = view.horizontalScrollBar()
    vbar = view.verticalScrollBar()

    def step(i: int) -> None:
        bar.setValue(bar.value() + (40 if (i // 20) % 2 == 0 else -40))
        vbar.setValue(vbar.value() + (15 if i % 2 else -15))

    return _frames(step, view)


def _close(scene: MapScene, view: MapView) -> None:
    view.hide()
    scene.close()
    view.deleteLater()
    scene.deleteLater()
    _app().processEvents()


def _status(value: float, target: float) -> str:
    return "ok" if value <= target else "MISS"


def _rows() -> list[list[object]]:
    rows: list[list[object]] = []
    _app()
    journey = make_map(1_000, 40)
    opened, scene, view, _stack = _open(journey)
    rows.append(["1,000: open to first paint", _ms(opened), "≤ 1500 ms", _status(opened, 1.5)])
    drag, one_step = _drag(scene, view)
    p95 = _p95(drag)
    label = "1,000: drag a card, mouse-move frame p95" + ("" if one_step else " (no command!)")
    rows.append([label, _ms(p95), "≤ 16 ms", _status(p95, 0.016)])
    undo, redo = _undo_redo(scene, view)
    for name, samples in (("undo", undo), ("redo", redo)):
        mean, worst = statistics.mean(samples), _p95(samples)
        rows.append(
            [
                f"1,000: {name} a card move (mean / p95)",
                f"{_ms(mean)} / {_ms(worst)}",
                "≤ 50 ms",
                _status(worst, 0.050),
            ]
        )
    for name, samples in (("zoom (Ctrl+wheel)", _zoom(view)), ("pan", _pan(view))):
        p95 = _p95(samples)
        rows.append([f"1,000: {name} repaint p95", _ms(p95), "≤ 16 ms", _status(p95, 0.016)])
    p95 = _p95(_zoom_settled(view))
    rows.append(["1,000: sharp frame as a zoom settles, p95", _ms(p95), "", ""])
    view.fit_map()
    view.viewport().repaint()
    fitted = _p95(_pan(view))
    rows.append(["1,000: zoomed out to fit, repaint p95", _ms(fitted), "", ""])
    _close(scene, view)
    big = make_map(10_000, 400)
    opened, scene, view, _stack = _open(big)
    rows.append(["10,000: open to first paint", _ms(opened), "usable", ""])
    for name, samples in (("zoom (Ctrl+wheel)", _zoom(view)), ("pan", _pan(view))):
        p95 = _p95(samples)
        rows.append([f"10,000: {name} repaint p95", _ms(p95), "≤ 50 ms", _status(p95, 0.050)])
    p95 = _p95(_zoom_settled(view))
    settled = "10,000: sharp frame as a zoom settles, p95"
    rows.append([settled, _ms(p95), "≤ 50 ms", _status(p95, 0.050)])
    _drag_big, _ok = _drag(scene, view)
    p95 = _p95(_drag_big)
    rows.append(["10,000: drag frame p95", _ms(p95), "≤ 50 ms", _status(p95, 0.050)])
    undo, redo = _undo_redo(scene, view)
    worst = _p95(undo + redo)
    mean = statistics.mean(undo + redo)
    rows.append(["10,000: undo/redo (mean / p95)", f"{_ms(mean)} / {_ms(worst)}", "usable", ""])
    _close(scene, view)
    return rows


def main() -> str:
    width, height = VIEW_SIZE
    return table(
        f"Canvas (offscreen Qt, {width}×{height} view, real viewport repaints)",
        ["Scenario", "Time", "Target", ""],
        _rows(),
    )


if __name__ == "__main__":
    print(main())  # noqa: T201
