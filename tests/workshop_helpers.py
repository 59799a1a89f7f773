"""Fixtures for the workshop tests: a real editor window with workshop mode installed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QGraphicsItem

from journeymapper.scene import MapView
from journeymapper.ui.main_window import MainWindow
from journeymapper.workshop import Workshop, install_workshop


@pytest.fixture
def workshop(make_window: Any) -> Workshop:
    """The e-shop template in a shown main window, with the Workshop menu and docks."""
    window: MainWindow = make_window()
    shop = install_workshop(window)
    shop.full_screen = False
    return shop


def point_of(view: MapView, item: QGraphicsItem) -> QPoint:
    """Where ``item``'s centre is in the view's viewport (scrolled into view first)."""
    view.centerOn(item)
    return view.mapFromScene(item.sceneBoundingRect().center() + QPointF(-10, 0))


def click(
    qtbot: Any,
    view: MapView,
    item: QGraphicsItem,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.mouseClick(view.viewport(), button, modifier, point_of(view, item))
