"""What the canvas's gestures, keys and menus need of the scene (``MapScene`` is one)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, SignalInstance
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

from ..commands import ModelCommand
from ..layout import MapLayout, Theme
from ..model import JourneyMap
from .card_items import CardItem
from .inline_editor import InlineEditor
from .mirror import Mirror


class Canvas(Protocol):
    """The map on the canvas: its model, layout and items, the commands run on it, selection."""

    journey: JourneyMap
    undo_stack: QUndoStack
    theme: Theme
    mirror: Mirror
    layout: MapLayout
    editor: InlineEditor | None

    @property
    def hint(self) -> SignalInstance:
        """Emits a status-bar hint (str)."""

    @property
    def delete_requested(self) -> SignalInstance:
        """Emits (ids, how much content they hold) so the window can ask first."""

    def run(self, command: ModelCommand) -> bool: ...

    def sync(self) -> None: ...

    def selected_ids(self) -> list[str]: ...

    def select_ids(self, ids: list[str]) -> None: ...

    def choose_pen(self, persona_id: str | None = None, to_be: bool | None = None) -> None: ...

    def card_at(self, pos: QPointF) -> CardItem | None: ...

    def addItem(self, item: QGraphicsItem, /) -> None: ...  # noqa: N802

    def removeItem(self, item: QGraphicsItem, /) -> None: ...  # noqa: N802

    def items(self, pos: QPointF, /) -> list[QGraphicsItem]: ...

    def views(self) -> list[QGraphicsView]: ...
