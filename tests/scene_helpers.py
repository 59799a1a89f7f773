"""Helpers for canvas tests: a shown scene and view over a map, points of items in the viewport."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGraphicsItem

from journeymapper.model import JourneyMap
from journeymapper.scene import MapScene, MapView

_OPEN: list[MapScene] = []


def open_canvas(qtbot, journey: JourneyMap) -> tuple[MapScene, MapView, QUndoStack]:  # type: ignore[no-untyped-def]
    """A scene and a shown 1400x900 view; closed again at the end of the test."""
    stack = QUndoStack()
    scene = MapScene(journey, stack)
    _OPEN.append(scene)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return scene, view, stack


def at(view: MapView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def centre(view: MapView, item: QGraphicsItem) -> QPoint:
    return at(view, item.sceneBoundingRect().center())


@pytest.fixture(autouse=True)
def close_canvases() -> Iterator[None]:
    """Stop every scene from following its map after the test (import into test modules)."""
    yield
    while _OPEN:
        _OPEN.pop().close()
